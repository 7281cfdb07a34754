namespace MovieRecs.Analytics.Actions;

/// <summary>
/// A valuable customer who is unlikely to buy again soon, with the value at stake and the
/// re-engagement recommendation.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="SegmentId">The customer's segment, or null without segments.</param>
/// <param name="SegmentName">The segment's name, or null without segments.</param>
/// <param name="Probability">The repeat model's probability of buying within the horizon after the cutoff.</param>
/// <param name="RecencyDays">The days from the last purchase to the cutoff.</param>
/// <param name="Purchases">The purchase lines before the cutoff.</param>
/// <param name="Monetary">The total amount before the cutoff.</param>
/// <param name="RecentValue">The amount in the value window before the cutoff.</param>
/// <param name="ExpectedValueLost">
/// (1 − probability) × recent value: the recent value weighted by the chance of not returning.
/// </param>
/// <param name="CustomerCategories">The customer's favourite categories, largest share first (at most two).</param>
/// <param name="SegmentCategories">The segment's favourite categories, highest lift first (at most two).</param>
/// <param name="FeaturedProductId">
/// The product the action features: the customer's highest-ranked promoted product in the action's
/// category, else their top promoted product. Null when no product is promoted to them.
/// </param>
/// <param name="FeaturedProductName">That product's name.</param>
/// <param name="Action">The recommended action, such as "Win-back offer on Drama, featuring Heat (1995)".</param>
public sealed record AtRiskCustomer(
    string CustomerId,
    int? SegmentId,
    string? SegmentName,
    double Probability,
    double RecencyDays,
    int Purchases,
    double Monetary,
    double RecentValue,
    double ExpectedValueLost,
    IReadOnlyList<string> CustomerCategories,
    IReadOnlyList<string> SegmentCategories,
    string? FeaturedProductId,
    string? FeaturedProductName,
    string Action);
