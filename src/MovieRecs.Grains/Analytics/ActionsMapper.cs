using MovieRecs.Analytics.Actions;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <summary>Turns the library's action plan into the records the grain returns.</summary>
internal static class ActionsMapper
{
    /// <exception cref="InvalidOperationException">The plan has no stock plan.</exception>
    public static ActionResults Map(ActionPlan plan, AnalyticsResultInfo computed)
    {
        StockPlan stock = plan.Stock ?? throw new InvalidOperationException(
            "The action plan has no stock plan, although the grain always plans the stock.");
        Dictionary<int, string> segmentNames = plan.Segments.ToDictionary(
            segment => segment.Id,
            segment => segment.Name);
        return new ActionResults(
            MapStock(stock, computed),
            MapPromotions(plan.Promotions, segmentNames, computed),
            MapLoyalty(plan.Loyalty, computed));
    }

    private static StockPlanResult MapStock(StockPlan stock, AnalyticsResultInfo computed) =>
        new(
            computed,
            stock.PeriodStart,
            stock.PeriodWeeks,
            stock.ServiceLevel,
            stock.Z,
            stock.ChosenModel,
            stock.AggregateMase,
            stock.NaiveMase,
            stock.BacktestServiceLevel,
            stock.Lines
                .Select(line => new StockPlanLineResult(
                    line.ProductId,
                    line.Name,
                    line.ForecastUnits,
                    line.ErrorMean,
                    line.ErrorStandardDeviation,
                    line.SafetyStock,
                    line.TargetStock,
                    line.BacktestOrigins,
                    line.BacktestServiceLevel))
                .ToArray());

    private static PromotionsResult MapPromotions(
        PromotionReport report,
        Dictionary<int, string> segmentNames,
        AnalyticsResultInfo computed)
    {
        CustomerPromotionsResult[] customers = report.Customers
            .Select(customer => new CustomerPromotionsResult(
                customer.CustomerId,
                customer.SegmentId,
                customer.SegmentId is int id && segmentNames.TryGetValue(id, out string? name) ? name : null,
                customer.Promotions
                    .Select(promotion => new PromotionResult(
                        promotion.Rank,
                        promotion.ProductId,
                        promotion.ProductName,
                        promotion.Categories.ToArray(),
                        promotion.Score,
                        promotion.Reason))
                    .ToArray()))
            .ToArray();
        SegmentPromotionsResult[] segments = report.Segments
            .Select(segment => new SegmentPromotionsResult(
                segment.SegmentId,
                segment.SegmentName,
                segment.Customers,
                segment.Products
                    .Select(product => new SegmentProductResult(
                        product.Rank,
                        product.ProductId,
                        product.ProductName,
                        product.Buyers,
                        product.SegmentShare,
                        product.OverallShare,
                        product.Lift))
                    .ToArray()))
            .ToArray();
        return new PromotionsResult(
            computed,
            report.Model,
            report.ScoreDescription,
            report.InStockProducts,
            segments,
            customers.Length,
            Offset: 0,
            customers);
    }

    private static LoyaltyResult MapLoyalty(LoyaltyReport loyalty, AnalyticsResultInfo computed) =>
        new(
            computed,
            loyalty.Cutoff,
            loyalty.HorizonDays,
            loyalty.MaxRecencyDays,
            loyalty.ProbabilityThreshold,
            loyalty.ValueQuantile,
            loyalty.MonetaryThreshold,
            loyalty.ValueWindowDays,
            loyalty.ScoredCustomers,
            loyalty.AtRisk
                .Select(customer => new AtRiskCustomerResult(
                    customer.CustomerId,
                    customer.SegmentId,
                    customer.SegmentName,
                    customer.Probability,
                    customer.RecencyDays,
                    customer.Purchases,
                    customer.Monetary,
                    customer.RecentValue,
                    customer.ExpectedValueLost,
                    customer.CustomerCategories.ToArray(),
                    customer.SegmentCategories.ToArray(),
                    customer.FeaturedProductId,
                    customer.FeaturedProductName,
                    customer.Action))
                .ToArray());
}
