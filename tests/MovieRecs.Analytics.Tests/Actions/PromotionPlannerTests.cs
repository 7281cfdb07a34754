using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Actions;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Tests.Actions;

public sealed class PromotionPlannerTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // A regularization of 1 suits a log this small; the shipped 50 would flatten every score.
    private static readonly PromotionOptions Options = new()
    {
        Count = 3,
        Parameters = new Dictionary<string, double> { ["regularization"] = 1 },
    };

    private static PurchaseLog SmallLog()
    {
        Product[] catalogue = Enumerable.Range(1, 6)
            .Select(i => new Product($"p{i}", $"Product {i}", [i <= 3 ? "Tea" : "Coffee"]))
            .ToArray();
        string[][] baskets =
        [
            ["p1", "p2"], ["p1", "p2", "p3"], ["p1", "p3"], ["p2", "p3"],
            ["p4", "p5"], ["p4", "p5", "p6"], ["p4", "p6"], ["p5", "p6"], ["p1", "p4"],
        ];
        Purchase[] purchases = baskets
            .SelectMany((basket, customer) => basket.Select(
                (product, i) => new Purchase($"c{customer}", product, Start.AddDays((customer * 3) + i), 1, 2)))
            .ToArray();
        return new PurchaseLog(purchases, catalogue, [], new LoadReport("test", [], []));
    }

    [Fact]
    public void ForCustomer_NeverPromotesWhatWasBought()
    {
        PurchaseLog log = SmallLog();
        var planner = PromotionPlanner.Fit(log, inStock: null, Options);

        foreach (string customer in log.CustomerIds)
        {
            var bought = log.GetPurchases(customer).Select(purchase => purchase.ProductId).ToHashSet();
            CustomerPromotions promotions = planner.ForCustomer(customer)!;
            Assert.All(promotions.Promotions, promotion => Assert.DoesNotContain(promotion.ProductId, bought));
            Assert.InRange(promotions.Promotions.Count, 1, 3);
            Assert.Equal(
                Enumerable.Range(1, promotions.Promotions.Count),
                promotions.Promotions.Select(promotion => promotion.Rank));
        }
    }

    [Fact]
    public void ForCustomer_TeaDrinker_GetsTeaFirst()
    {
        var planner = PromotionPlanner.Fit(SmallLog(), inStock: null, Options);

        CustomerPromotions promotions = planner.ForCustomer("c0")!;

        Assert.Equal("p3", promotions.Promotions[0].ProductId);
        Assert.StartsWith("because you bought Product ", promotions.Promotions[0].Reason, StringComparison.Ordinal);
        Assert.True(promotions.Promotions[0].Score > promotions.Promotions[^1].Score);
    }

    [Fact]
    public void ForCustomer_InStockFilter_Applies()
    {
        var inStock = new HashSet<string> { "p5", "p6" };
        var planner = PromotionPlanner.Fit(SmallLog(), inStock, Options);

        CustomerPromotions promotions = planner.ForCustomer("c0")!;

        Assert.Equal(["p5", "p6"], promotions.Promotions.Select(promotion => promotion.ProductId).Order());
    }

    [Fact]
    public void ForCustomer_UnknownCustomer_ReturnsNull()
    {
        var planner = PromotionPlanner.Fit(SmallLog(), inStock: null, Options);

        Assert.Null(planner.ForCustomer("nobody"));
    }

    [Fact]
    public void Fit_UnknownParameter_Throws()
    {
        var options = Options with { Parameters = new Dictionary<string, double> { ["speed"] = 1 } };

        var exception = Assert.Throws<ArgumentException>(() => PromotionPlanner.Fit(SmallLog(), null, options));

        Assert.Contains("speed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InStockProducts_PrefersGivenStock()
    {
        var onHand = new Dictionary<string, double> { ["a"] = 2, ["b"] = 0 };
        var line = new StockPlanLine("c", "C", 1, 0, 1, 1.6, 3, null, null, 12, null);
        var plan = new StockPlan(
            new DateOnly(2024, 1, 1),
            4,
            0.95,
            1.645,
            false,
            "naive",
            1,
            1,
            12,
            null,
            0,
            3,
            [line],
            [],
            0);

        Assert.Equal(["a"], PromotionPlanner.InStockProducts(plan, onHand)!);
        Assert.Equal(["c"], PromotionPlanner.InStockProducts(plan, null)!);
        Assert.Null(PromotionPlanner.InStockProducts(null, null));
    }

    [Fact]
    public void Plan_Synthetic_SegmentProductsAreOverRepresented()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        SegmentationResult segmentation = FactorAnalyzer.SegmentAll(log, new SegmentationOptions());
        var inStock = SyntheticPurchases.Catalogue.Take(30).Select(product => product.ProductId).ToHashSet();
        var planner = PromotionPlanner.Fit(log, inStock, new PromotionOptions { MinSegmentBuyers = 5 });

        PromotionReport report = planner.Plan(segmentation);

        Assert.Equal(log.CustomerIds, report.Customers.Select(customer => customer.CustomerId));
        Assert.All(report.Customers, customer => Assert.NotNull(customer.SegmentId));
        Assert.Equal(30, report.InStockProducts);
        Assert.Equal(segmentation.Segments.Count, report.Segments.Count);
        foreach (SegmentPromotions segment in report.Segments)
        {
            Assert.All(segment.Products, product => Assert.True(product.Lift > 1, $"lift {product.Lift}"));
            Assert.All(segment.Products, product => Assert.Contains(product.ProductId, inStock));
            Assert.All(segment.Products, product => Assert.True(product.Buyers >= Math.Min(5, segment.Customers)));
            Assert.All(
                segment.Products,
                product => Assert.Equal(product.SegmentShare / product.OverallShare, product.Lift, 12));
            Assert.Equal(segment.Products.OrderByDescending(product => product.Lift), segment.Products);
        }

        SegmentProduct top = report.Segments.First(segment => segment.Products.Count > 0).Products[0];
        double overall = log.Purchases.Count(
            purchase => purchase.ProductId == top.ProductId) / (double)log.Purchases.Count;
        Assert.Equal(overall, top.OverallShare, 12);
    }
}
