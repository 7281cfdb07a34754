namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>A customer's segment and position on the 2-D principal component projection.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="SegmentId">The segment, from 1.</param>
/// <param name="X">The coordinate on the first principal component.</param>
/// <param name="Y">The coordinate on the second principal component.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SegmentPointResult")]
public sealed record SegmentPointResult(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] int SegmentId,
    [property: Id(2)] double X,
    [property: Id(3)] double Y);
