namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The products to promote to one customer: in stock, not bought before, best first.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="SegmentId">The customer's segment; null when the promotions were made without segments.</param>
/// <param name="SegmentName">That segment's name; null without a segment.</param>
/// <param name="Promotions">The promoted products; empty when no in-stock product is left for the customer.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.CustomerPromotionsResult")]
public sealed record CustomerPromotionsResult(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] int? SegmentId,
    [property: Id(2)] string? SegmentName,
    [property: Id(3)] IReadOnlyList<PromotionResult> Promotions);
