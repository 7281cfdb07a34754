using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Purchases;

public sealed class PurchaseLogTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly LoadReport EmptyReport = new("test", [], []);

    private static readonly Product[] Catalogue =
    [
        new("p1", "Tea", ["Drinks"]),
        new("p2", "Cake", ["Food", "Sweets"]),
    ];

    [Fact]
    public void Constructor_SortsByTimeThenCustomerThenProduct()
    {
        Purchase[] purchases =
        [
            new("b", "p2", Day.AddHours(2), 1, 3.0),
            new("b", "p1", Day, 1, 2.0),
            new("a", "p2", Day, 2, 8.0),
            new("a", "p1", Day, 1, 2.0),
        ];

        var log = new PurchaseLog(purchases, Catalogue, [], EmptyReport);

        Assert.Equal(["a/p1", "a/p2", "b/p1", "b/p2"], log.Purchases.Select(p => $"{p.CustomerId}/{p.ProductId}"));
        Assert.Equal(["a", "b"], log.CustomerIds);
        Assert.Equal(Day, log.FirstPurchase);
        Assert.Equal(Day.AddHours(2), log.LastPurchase);
        Assert.Equal(2, log.GetPurchases("b").Count);
        Assert.Empty(log.GetPurchases("nobody"));
        Assert.False(log.HasDemographics);
    }

    [Fact]
    public void Constructor_UnknownProduct_NamesIt()
    {
        Purchase[] purchases = [new("a", "p9", Day, 1, 1.0)];

        var exception = Assert.Throws<ArgumentException>(() => new PurchaseLog(purchases, Catalogue, [], EmptyReport));

        Assert.Contains("'p9'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 1.0, "quantity 0")]
    [InlineData(-1.0, 1.0, "quantity -1")]
    [InlineData(1.0, -0.5, "amount -0.5")]
    [InlineData(double.NaN, 1.0, "quantity NaN")]
    public void Constructor_InvalidQuantityOrAmount_NamesValue(double quantity, double amount, string expected)
    {
        Purchase[] purchases = [new("a", "p1", Day, quantity, amount)];

        var exception = Assert.Throws<ArgumentException>(() => new PurchaseLog(purchases, Catalogue, [], EmptyReport));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_KeepsOnlyEarlierPurchases()
    {
        Purchase[] purchases =
        [
            new("a", "p1", Day, 1, 2.0),
            new("a", "p2", Day.AddDays(1), 1, 3.0),
        ];
        var log = new PurchaseLog(purchases, Catalogue, [new Customer("a", Age: 30)], EmptyReport);

        PurchaseLog before = log.Before(Day.AddDays(1));

        Assert.Single(before.Purchases);
        Assert.Equal(Day, before.LastPurchase);
        Assert.Equal(2, before.Products.Count);
        Assert.True(before.HasDemographics);
    }

    [Fact]
    public void FirstPurchase_EmptyLog_Throws()
    {
        var log = new PurchaseLog([], Catalogue, [], EmptyReport);

        Assert.Throws<InvalidOperationException>(() => log.FirstPurchase);
    }

    [RequiresLatestSmallFact]
    public void FromDataset_LatestSmall_OnePurchasePerRating()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(DataSets.LatestSmall!);

        PurchaseLog log = MovieLensPurchases.FromDataset(dataset);

        Assert.Equal(dataset.Ratings.Count, log.Purchases.Count);
        Assert.Equal(dataset.UserCount, log.CustomerIds.Count);
        Assert.Equal(dataset.Movies.Count, log.Products.Count);
        Assert.All(log.Purchases, purchase => Assert.Equal(1.0, purchase.Quantity));
        Assert.Equal(dataset.Ratings.Sum(rating => rating.Value), log.Purchases.Sum(p => p.Amount), 6);
        Assert.True(log.TryGetProduct("1", out Product? toyStory));
        Assert.Equal(1995, toyStory.Year);
        Assert.Contains("Animation", toyStory.Categories);
    }
}
