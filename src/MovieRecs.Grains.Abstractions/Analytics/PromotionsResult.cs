namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The promotions of every segment and one page of the customers' promotions.</summary>
/// <param name="Computed">The run that computed the promotions.</param>
/// <param name="Model">The recommender behind the customers' lists.</param>
/// <param name="ScoreDescription">What the recommender's score means.</param>
/// <param name="InStockProducts">The products that may be promoted; null when no stock filter applies.</param>
/// <param name="Segments">Every segment's promotions, by segment id.</param>
/// <param name="CustomerCount">The customers with promotions.</param>
/// <param name="Offset">The position of the first customer of <paramref name="Customers"/> in the full list.</param>
/// <param name="Customers">One page of the customers' promotions, in customer id order.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.PromotionsResult")]
public sealed record PromotionsResult(
    [property: Id(0)] AnalyticsResultInfo Computed,
    [property: Id(1)] string Model,
    [property: Id(2)] string ScoreDescription,
    [property: Id(3)] int? InStockProducts,
    [property: Id(4)] IReadOnlyList<SegmentPromotionsResult> Segments,
    [property: Id(5)] int CustomerCount,
    [property: Id(6)] int Offset,
    [property: Id(7)] IReadOnlyList<CustomerPromotionsResult> Customers);
