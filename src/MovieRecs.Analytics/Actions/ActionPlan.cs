using MovieRecs.Analytics.Factors;

namespace MovieRecs.Analytics.Actions;

/// <summary>The three business actions of one purchase log, from one run.</summary>
/// <param name="Stock">The stock plan, or null when the current stock was given and the plan was not asked for.</param>
/// <param name="Promotions">The promotions of every customer and segment, restricted to products in stock.</param>
/// <param name="Loyalty">The customers at risk with their re-engagement actions.</param>
/// <param name="Segments">The segments the promotions and actions refer to.</param>
/// <param name="ElapsedSeconds">The wall-clock time of the whole run.</param>
public sealed record ActionPlan(
    StockPlan? Stock,
    PromotionReport Promotions,
    LoyaltyReport Loyalty,
    IReadOnlyList<SegmentSummary> Segments,
    double ElapsedSeconds);
