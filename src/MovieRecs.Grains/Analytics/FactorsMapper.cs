using MovieRecs.Analytics.Factors;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <summary>Turns the library's influencing-factor report into the record the grain returns.</summary>
internal static class FactorsMapper
{
    public static FactorsResult Map(FactorReport report, AnalyticsResultInfo computed) =>
        new(
            computed,
            report.Repeat is null ? null : MapRepeat(report.Repeat),
            report.Rating is null ? null : MapRating(report.Rating),
            report.CategoryLifts
                .Select(lift => new CategoryLiftResult(
                    lift.SegmentId,
                    lift.SegmentName,
                    lift.Category,
                    lift.Purchases,
                    lift.SegmentShare,
                    lift.OverallShare,
                    lift.Lift,
                    lift.Low,
                    lift.High,
                    lift.Significant))
                .ToArray(),
            report.Skipped.ToArray());

    private static RepeatFactorsResult MapRepeat(RepeatFactorReport repeat) =>
        new(
            repeat.Cutoff,
            repeat.HorizonDays,
            repeat.Model.ToString(),
            repeat.TrainingExamples,
            repeat.TestCustomers,
            repeat.RocAuc,
            repeat.CoefficientRocAuc,
            repeat.PermutationRepeats,
            repeat.BootstrapSamples,
            repeat.Factors
                .Select(factor => new RepeatFactorResult(
                    factor.Feature,
                    factor.Coefficient,
                    factor.StandardError,
                    factor.WaldLow,
                    factor.WaldHigh,
                    factor.BootstrapLow,
                    factor.BootstrapHigh,
                    factor.OddsRatio,
                    MapSpread(factor.RocAucDrop),
                    MapSpread(factor.BrierRise)))
                .ToArray());

    private static RatingFactorsResult MapRating(RatingFactorReport rating) =>
        new(
            rating.SplitTime,
            rating.TrainingRows,
            rating.TestRows,
            rating.ReferenceLevels.ToArray(),
            rating.Fit.RSquared,
            rating.TestRmse,
            rating.BaselineRmse,
            rating.Fit.Coefficients
                .Select(coefficient => new CoefficientResult(
                    coefficient.Name,
                    coefficient.Estimate,
                    coefficient.StandardError,
                    coefficient.PValue,
                    coefficient.Low,
                    coefficient.High,
                    coefficient.ClusteredLow,
                    coefficient.ClusteredHigh))
                .ToArray());

    private static SpreadResult? MapSpread(DistributionSummary? summary) =>
        summary is null
            ? null
            : new SpreadResult(summary.Mean, summary.StandardDeviation, summary.Low, summary.High, summary.Count);
}
