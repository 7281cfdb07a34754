namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>A product that one segment buys more than customers overall, to promote to the segment.</summary>
/// <param name="Rank">The position in the segment's list, from 1.</param>
/// <param name="ProductId">The product.</param>
/// <param name="ProductName">The product's name.</param>
/// <param name="Buyers">The segment's customers who bought the product.</param>
/// <param name="SegmentShare">The product's share of the segment's purchases.</param>
/// <param name="OverallShare">The product's share of all purchases.</param>
/// <param name="Lift">SegmentShare / OverallShare.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SegmentProductResult")]
public sealed record SegmentProductResult(
    [property: Id(0)] int Rank,
    [property: Id(1)] string ProductId,
    [property: Id(2)] string ProductName,
    [property: Id(3)] int Buyers,
    [property: Id(4)] double SegmentShare,
    [property: Id(5)] double OverallShare,
    [property: Id(6)] double Lift);
