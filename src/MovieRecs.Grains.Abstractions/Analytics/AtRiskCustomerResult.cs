namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// A valuable customer who is unlikely to buy again soon, with the value at stake and the
/// re-engagement recommendation.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="SegmentId">The customer's segment; null without segments.</param>
/// <param name="SegmentName">The segment's name; null without segments.</param>
/// <param name="Probability">The probability of buying within the horizon after the cutoff.</param>
/// <param name="RecencyDays">The days from the last purchase to the cutoff.</param>
/// <param name="Purchases">The purchases before the cutoff.</param>
/// <param name="Monetary">The total amount before the cutoff.</param>
/// <param name="RecentValue">The amount in the value window before the cutoff.</param>
/// <param name="ExpectedValueLost">(1 − probability) × recent value.</param>
/// <param name="CustomerCategories">The customer's favourite categories, largest share first.</param>
/// <param name="SegmentCategories">The segment's favourite categories, highest lift first.</param>
/// <param name="FeaturedProductId">The product the action features; null when none is promoted to the customer.</param>
/// <param name="FeaturedProductName">That product's name.</param>
/// <param name="Action">The recommended action, such as "Win-back offer on Drama, featuring Heat (1995)".</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.AtRiskCustomerResult")]
public sealed record AtRiskCustomerResult(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] int? SegmentId,
    [property: Id(2)] string? SegmentName,
    [property: Id(3)] double Probability,
    [property: Id(4)] double RecencyDays,
    [property: Id(5)] int Purchases,
    [property: Id(6)] double Monetary,
    [property: Id(7)] double RecentValue,
    [property: Id(8)] double ExpectedValueLost,
    [property: Id(9)] IReadOnlyList<string> CustomerCategories,
    [property: Id(10)] IReadOnlyList<string> SegmentCategories,
    [property: Id(11)] string? FeaturedProductId,
    [property: Id(12)] string? FeaturedProductName,
    [property: Id(13)] string Action);
