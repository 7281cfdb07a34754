using System.Text.Json;
using MovieRecs.Analytics.Actions;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Tests.Actions;

public sealed class LoyaltyPlannerTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Promotion Coffee = new(1, "p9", "Espresso", ["Coffee"], 0.5, "because you bought X");

    [Fact]
    public void FindAtRisk_Synthetic_KeepsLowAndValuable()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        var options = new LoyaltyOptions();

        LoyaltyReport report = LoyaltyPlanner.FindAtRisk(log, options, promotions: null, segmentation: null);

        Assert.NotEmpty(report.AtRisk);
        Assert.Equal(RepeatPurchaseForecaster.ObservedEnd(log), report.Cutoff);
        Assert.Equal(365, report.MaxRecencyDays);
        Assert.All(report.AtRisk, customer => Assert.True(customer.Probability < 0.5));
        Assert.All(report.AtRisk, customer => Assert.True(customer.Monetary >= report.MonetaryThreshold));
        Assert.All(report.AtRisk, customer => Assert.True(customer.RecencyDays <= 365));
        Assert.All(
            report.AtRisk,
            customer => Assert.Equal((1 - customer.Probability) * customer.RecentValue, customer.ExpectedValueLost, 9));
        Assert.All(report.AtRisk, customer => Assert.InRange(customer.RecentValue, 0, customer.Monetary));
        Assert.Equal(report.AtRisk.OrderByDescending(customer => customer.ExpectedValueLost), report.AtRisk);
        Assert.All(report.AtRisk, customer => Assert.Null(customer.SegmentId));
        Assert.All(report.AtRisk, customer => Assert.Null(customer.FeaturedProductId));
        Assert.All(
            report.AtRisk,
            customer => Assert.DoesNotContain("featuring", customer.Action, StringComparison.Ordinal));
    }

    [Fact]
    public void FindAtRisk_RecentValue_IsLastYear()
    {
        PurchaseLog log = SyntheticPurchases.Create();

        LoyaltyReport report = LoyaltyPlanner.FindAtRisk(log, new LoyaltyOptions(), null, null);

        AtRiskCustomer first = report.AtRisk[0];
        double expected = log.GetPurchases(first.CustomerId)
            .Where(purchase => purchase.Timestamp >= report.Cutoff.AddDays(-365))
            .Sum(purchase => purchase.Amount);
        Assert.Equal(expected, first.RecentValue, 9);
    }

    [Fact]
    public void FindAtRisk_WithPromotions_FillsAction()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        SegmentationResult segmentation = FactorAnalyzer.SegmentAll(log, new SegmentationOptions());
        var planner = PromotionPlanner.Fit(log, null, new PromotionOptions());

        LoyaltyReport report = LoyaltyPlanner.FindAtRisk(log, new LoyaltyOptions(), planner, segmentation);

        Assert.All(report.AtRisk, customer => Assert.NotNull(customer.SegmentId));
        Assert.All(report.AtRisk, customer =>
        {
            IReadOnlyList<Promotion> promoted = planner.ForCustomer(customer.CustomerId)!.Promotions;
            Assert.Equal(promoted.Count == 0, customer.FeaturedProductId is null);
            bool promotedProduct = promoted.Any(promotion => promotion.ProductId == customer.FeaturedProductId);
            Assert.True(customer.FeaturedProductId is null || promotedProduct);
        });
        Assert.All(report.AtRisk, customer => Assert.InRange(customer.CustomerCategories.Count, 1, 2));
        Assert.All(
            report.AtRisk,
            customer => Assert.StartsWith(
                customer.Probability < 0.1 ? "Win-back offer on " : "Re-engagement reminder on ",
                customer.Action,
                StringComparison.Ordinal));
        Assert.Contains("\"atRisk\"", JsonSerializer.Serialize(report, Json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "Tea", "Coffee" }, new[] { "Coffee", "Cakes" }, "Coffee")]
    [InlineData(new[] { "Tea", "Coffee" }, new[] { "Cakes" }, "Tea")]
    [InlineData(new string[0], new[] { "Cakes" }, "Cakes")]
    [InlineData(new string[0], new string[0], null)]
    public void Category_PrefersSharedFavourite(string[] customer, string[] segment, string? expected)
    {
        Assert.Equal(expected, LoyaltyPlanner.Category(customer, segment));
    }

    [Fact]
    public void Action_FeaturedInCategory_SaysFeaturing()
    {
        string text = LoyaltyPlanner.Action(0.05, "Coffee", Coffee, new LoyaltyOptions());

        Assert.Equal("Win-back offer on Coffee, featuring Espresso", text);
    }

    [Fact]
    public void Action_FeaturedOutsideCategory_SaysAlsoSuggest()
    {
        string text = LoyaltyPlanner.Action(0.3, "Tea", Coffee, new LoyaltyOptions());

        Assert.Equal("Re-engagement reminder on Tea; also suggest Espresso", text);
    }

    [Fact]
    public void Action_NothingKnown_NamesOfferOnly()
    {
        Assert.Equal("Win-back offer", LoyaltyPlanner.Action(0.01, null, null, new LoyaltyOptions()));
    }

    [Fact]
    public void ActionPlanner_Synthetic_RunsAllThree()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        var options = new ActionOptions { Stock = new StockPlanOptions { Top = 10 } };

        ActionPlan plan = ActionPlanner.Run(log, options);

        Assert.NotNull(plan.Stock);
        Assert.Equal(10, plan.Stock.Lines.Count);
        Assert.Equal(plan.Stock.Lines.Count(line => line.TargetStock > 0), plan.Promotions.InStockProducts);
        var inStock = plan.Stock.Lines.Where(line => line.TargetStock > 0).Select(line => line.ProductId).ToHashSet();
        Assert.All(
            plan.Promotions.Customers.SelectMany(customer => customer.Promotions),
            promotion => Assert.Contains(promotion.ProductId, inStock));
        Assert.NotEmpty(plan.Loyalty.AtRisk);
        Assert.Equal(plan.Segments.Sum(segment => segment.Size), log.CustomerIds.Count);
        Assert.NotEmpty(JsonSerializer.Serialize(plan, Json));
    }

    [Fact]
    public void ActionPlanner_GivenStock_SkipsPlan()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        var onHand = new Dictionary<string, double> { ["p01"] = 4, ["p02"] = 0 };

        ActionPlan plan = ActionPlanner.Run(log, new ActionOptions(), onHand, planStock: false);

        Assert.Null(plan.Stock);
        Assert.Equal(1, plan.Promotions.InStockProducts);
        Assert.All(
            plan.Promotions.Customers.SelectMany(customer => customer.Promotions),
            promotion => Assert.Equal("p01", promotion.ProductId));
    }
}
