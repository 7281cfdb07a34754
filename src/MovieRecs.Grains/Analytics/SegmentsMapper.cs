using MovieRecs.Analytics.Segmentation;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <summary>Turns the library's segmentation into the record the grain returns.</summary>
internal static class SegmentsMapper
{
    public static SegmentsResult Map(SegmentationResult result, AnalyticsResultInfo computed) =>
        new(
            computed,
            result.AsOf,
            result.Customers.Count,
            result.FeatureNames.ToArray(),
            result.K,
            result.Silhouette,
            result.SilhouetteByK
                .Select(score => new SegmentScoreResult(score.K, score.Silhouette, score.Inertia))
                .ToArray(),
            new SegmentStabilityResult(
                result.Stability.Seeds.ToArray(),
                result.Stability.AdjustedRandIndexes.ToArray(),
                result.Stability.Mean,
                result.Stability.Min),
            result.Segments.Select(MapProfile).ToArray(),
            result.Customers
                .Select(customer => new SegmentPointResult(
                    customer.CustomerId,
                    customer.SegmentId,
                    customer.X,
                    customer.Y))
                .ToArray(),
            result.ExplainedVariance.ToArray());

    public static IReadOnlyList<LabelShareResult> MapShares(IEnumerable<CategoryShare> shares) =>
        shares.Select(share => new LabelShareResult(share.Label, share.Share, share.Lift)).ToArray();

    private static SegmentProfileResult MapProfile(SegmentProfile segment) =>
        new(
            segment.Id,
            segment.Name,
            segment.Size,
            segment.Share,
            segment.MeanRecencyDays,
            segment.MeanFrequency,
            segment.MeanMonetary,
            segment.MeanAmount,
            segment.MeanTenureDays,
            segment.MedianIntervalDays,
            MapShares(segment.TopCategories),
            MapShares(segment.Dayparts),
            segment.PeakHours.ToArray(),
            segment.WeekendShare,
            segment.MeanAge,
            MapShares(segment.Genders),
            MapShares(segment.TopOccupations));
}
