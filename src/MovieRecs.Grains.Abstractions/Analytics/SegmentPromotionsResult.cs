namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The in-stock products most over-represented in one segment's purchases.</summary>
/// <param name="SegmentId">The segment.</param>
/// <param name="SegmentName">The segment's generated name.</param>
/// <param name="Customers">The segment's customers.</param>
/// <param name="Products">The products, highest lift first.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SegmentPromotionsResult")]
public sealed record SegmentPromotionsResult(
    [property: Id(0)] int SegmentId,
    [property: Id(1)] string SegmentName,
    [property: Id(2)] int Customers,
    [property: Id(3)] IReadOnlyList<SegmentProductResult> Products);
