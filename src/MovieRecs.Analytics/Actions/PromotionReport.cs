namespace MovieRecs.Analytics.Actions;

/// <summary>The promotions of every customer and every segment.</summary>
/// <param name="Model">The recommender behind the customers' lists.</param>
/// <param name="ScoreDescription">What the recommender's score means.</param>
/// <param name="InStockProducts">The products that may be promoted, or null when no stock filter applies.</param>
/// <param name="Customers">Every customer's promotions, in customer id order.</param>
/// <param name="Segments">Every segment's promotions, by segment id; empty without segments.</param>
/// <param name="ElapsedSeconds">The wall-clock time of fitting and listing.</param>
public sealed record PromotionReport(
    string Model,
    string ScoreDescription,
    int? InStockProducts,
    IReadOnlyList<CustomerPromotions> Customers,
    IReadOnlyList<SegmentPromotions> Segments,
    double ElapsedSeconds);
