namespace MovieRecs.Analytics.Factors;

/// <summary>
/// How over- or under-represented a category is in one segment's purchases: the segment's share of
/// purchases in the category over the share of all purchases, with a bootstrap interval.
/// </summary>
/// <param name="SegmentId">The segment.</param>
/// <param name="SegmentName">The segment's generated name.</param>
/// <param name="Category">The category (genre).</param>
/// <param name="Purchases">The segment's purchases of products in the category.</param>
/// <param name="SegmentShare">Those purchases over all of the segment's purchases.</param>
/// <param name="OverallShare">The purchases in the category over all purchases.</param>
/// <param name="Lift">
/// SegmentShare / OverallShare: above 1 the segment buys the category more than customers overall.
/// </param>
/// <param name="Low">
/// The 2.5th percentile of the lift over customer resamples; null without bootstrap or in a segment
/// of fewer than <see cref="CategoryLiftAnalysis.MinimumBootstrapCustomers"/> customers.
/// </param>
/// <param name="High">
/// The 97.5th percentile of the lift over those resamples; null when <paramref name="Low"/> is.
/// </param>
/// <param name="Significant">Whether the 95% interval excludes 1; null when there is no interval.</param>
public sealed record CategoryLift(
    int SegmentId,
    string SegmentName,
    string Category,
    int Purchases,
    double SegmentShare,
    double OverallShare,
    double Lift,
    double? Low,
    double? High,
    bool? Significant);
