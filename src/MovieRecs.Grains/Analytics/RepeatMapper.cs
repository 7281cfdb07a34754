using MovieRecs.Analytics.Retention;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <summary>
/// Turns the library's repeat-purchase forecast into the record the grain returns, with the ROC
/// curves of the model and of the recency-only baseline.
/// </summary>
internal static class RepeatMapper
{
    public static RepeatForecastResult Map(RepeatPurchaseReport report, AnalyticsResultInfo computed)
    {
        IReadOnlyList<RocPointResult> rocCurve = [];
        IReadOnlyList<RocPointResult> baselineRocCurve = [];
        if (report.Labelled)
        {
            bool[] outcomes = report.Probabilities.Select(customer => customer.Returned == true).ToArray();
            rocCurve = MapCurve(RocCurve.Compute(
                report.Probabilities.Select(customer => customer.Probability).ToArray(),
                outcomes));

            // The baseline ranks by recency alone, as its reported ROC AUC does.
            baselineRocCurve = MapCurve(RocCurve.Compute(
                report.Probabilities.Select(customer => -customer.RecencyDays).ToArray(),
                outcomes));
        }

        CustomerRiskResult[] customers = report.Probabilities
            .Select(customer => new CustomerRiskResult(
                customer.CustomerId,
                customer.Probability,
                customer.BaselineProbability,
                customer.RecencyDays,
                customer.Purchases,
                customer.Monetary,
                customer.Returned))
            .ToArray();
        return new RepeatForecastResult(
            computed,
            report.Cutoff,
            report.HorizonDays,
            report.Model.ToString(),
            report.TrainingExamples,
            report.TrainingPositiveRate,
            report.Labelled,
            report.PositiveRate,
            report.RocAuc,
            report.PrAuc,
            report.Brier,
            report.BaselineRocAuc,
            report.BaselinePrAuc,
            report.BaselineBrier,
            MapBins(report.Calibration),
            MapBins(report.BaselineCalibration),
            rocCurve,
            baselineRocCurve,
            customers.Length,
            Offset: 0,
            customers);
    }

    private static CalibrationBinResult[] MapBins(IEnumerable<CalibrationBin> bins) =>
        bins.Select(bin => new CalibrationBinResult(
                bin.Bin,
                bin.Count,
                bin.MinPredicted,
                bin.MaxPredicted,
                bin.MeanPredicted,
                bin.ObservedRate))
            .ToArray();

    private static RocPointResult[] MapCurve(IEnumerable<RocPoint> points) =>
        points.Select(point => new RocPointResult(point.FalsePositiveRate, point.TruePositiveRate)).ToArray();
}
