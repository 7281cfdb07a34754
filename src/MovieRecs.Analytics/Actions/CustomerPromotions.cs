namespace MovieRecs.Analytics.Actions;

/// <summary>The products to promote to one customer: in stock, not bought before, best first.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="SegmentId">The customer's segment, or null when the promotions were made without segments.</param>
/// <param name="Promotions">
/// The promoted products; empty when the recommender has no in-stock product left for the customer.
/// </param>
public sealed record CustomerPromotions(string CustomerId, int? SegmentId, IReadOnlyList<Promotion> Promotions);
