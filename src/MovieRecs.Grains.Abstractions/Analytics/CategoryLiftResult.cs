namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// How over- or under-represented a genre is in one segment's purchases, with a bootstrap interval.
/// </summary>
/// <param name="SegmentId">The segment.</param>
/// <param name="SegmentName">The segment's generated name.</param>
/// <param name="Category">The genre.</param>
/// <param name="Purchases">The segment's purchases of the genre.</param>
/// <param name="SegmentShare">Those purchases over all of the segment's purchases.</param>
/// <param name="OverallShare">The genre's purchases over all purchases.</param>
/// <param name="Lift">
/// SegmentShare / OverallShare; above 1 the segment buys the genre more than customers overall.
/// </param>
/// <param name="Low">The 2.5th percentile of the lift over customer resamples; null without an interval.</param>
/// <param name="High">The 97.5th percentile; null without an interval.</param>
/// <param name="Significant">Whether the 95% interval excludes 1; null without an interval.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.CategoryLiftResult")]
public sealed record CategoryLiftResult(
    [property: Id(0)] int SegmentId,
    [property: Id(1)] string SegmentName,
    [property: Id(2)] string Category,
    [property: Id(3)] int Purchases,
    [property: Id(4)] double SegmentShare,
    [property: Id(5)] double OverallShare,
    [property: Id(6)] double Lift,
    [property: Id(7)] double? Low,
    [property: Id(8)] double? High,
    [property: Id(9)] bool? Significant);
