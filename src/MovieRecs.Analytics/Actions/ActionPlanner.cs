using System.Diagnostics;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Actions;

/// <summary>
/// Runs the business actions in order: the stock plan, which decides what is in stock, then the
/// promotions restricted to it, then the customers at risk with their first promoted product.
/// </summary>
public static class ActionPlanner
{
    /// <summary>Runs all three actions.</summary>
    /// <param name="log">The purchases.</param>
    /// <param name="options">The settings.</param>
    /// <param name="onHand">
    /// The current stock by product id, or null. With it, the products in stock are those with stock
    /// above 0, and the plan gets order quantities. Without it, they are those with a planned stock
    /// above 0.
    /// </param>
    /// <param name="planStock">
    /// Whether to plan the stock when the current stock is given; without the current stock it is
    /// always planned.
    /// </param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    /// <exception cref="ArgumentException">
    /// The log is too small for one of the steps; the message names it.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static ActionPlan Run(
        PurchaseLog log,
        ActionOptions options,
        IReadOnlyDictionary<string, double>? onHand = null,
        bool planStock = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();

        StockPlan? stock = planStock || onHand is null
            ? StockPlanner.Plan(log, options.Stock, onHand, cancellationToken)
            : null;
        cancellationToken.ThrowIfCancellationRequested();
        SegmentationResult segmentation = FactorAnalyzer.SegmentAll(log, options.Segmentation);
        var planner = PromotionPlanner.Fit(log, PromotionPlanner.InStockProducts(stock, onHand), options.Promotions);
        PromotionReport promotions = planner.Plan(segmentation, cancellationToken);
        LoyaltyReport loyalty = LoyaltyPlanner.FindAtRisk(
            log, options.Loyalty, planner, segmentation, cancellationToken);
        return new ActionPlan(
            stock,
            promotions,
            loyalty,
            segmentation.Segments
                .Select(segment => new SegmentSummary(segment.Id, segment.Name, segment.Size))
                .ToArray(),
            clock.Elapsed.TotalSeconds);
    }
}
