using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Tests.Retention;

public sealed class CustomerFeatureExtractorTests
{
    private static readonly DateTimeOffset Day0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = new(2024, 4, 20, 0, 0, 0, TimeSpan.Zero);

    private static readonly Product[] Catalogue =
    [
        new("p1", "Tea", ["Drinks"]),
        new("p2", "Cake", ["Food", "Sweets"]),
    ];

    // Customer a buys twice on day 0, on day 10 and on day 40; the cutoff is day 49.5 at midnight.
    private static readonly Purchase[] History =
    [
        new("a", "p1", Day0, 1, 2.0),
        new("a", "p2", Day0.AddMinutes(5), 1, 4.0),
        new("a", "p1", Day0.AddDays(10), 1, 3.0),
        new("a", "p2", Day0.AddDays(40), 1, 5.0),
        new("b", "p1", Cutoff.AddDays(1), 1, 1.0),
    ];

    [Fact]
    public void AtCutoff_SmallLog_HandValues()
    {
        CustomerFeatures features = Assert.Single(CustomerFeatureExtractor.AtCutoff(Log(History), Cutoff));

        Assert.Equal("a", features.CustomerId);
        Assert.Equal(9.5, features.RecencyDays, 9);
        Assert.Equal(49.5, features.TenureDays, 9);
        Assert.Equal(4, features.Purchases);
        Assert.Equal(3, features.ActiveDays);
        Assert.Equal(20.0, features.MeanIntervalDays!.Value, 9);
        Assert.Equal(10.0, features.IntervalStdDays!.Value, 9);
        Assert.Equal(1, features.PurchasesLast30Days);
        Assert.Equal(4, features.PurchasesLast90Days);
        Assert.Equal(0, features.PurchasesPrevious90Days);
        Assert.Equal(4, features.PurchasesLast365Days);
        Assert.Equal(3, features.ActiveDaysLast90Days);
        Assert.Equal(14.0, features.Monetary, 9);
        Assert.Equal(3.5, features.MeanAmount, 9);
        Assert.Equal(3, features.Categories);
    }

    [Fact]
    public void AtCutoff_SingleActiveDay_FlagsUndefinedIntervals()
    {
        CustomerFeatures features = Assert.Single(CustomerFeatureExtractor.AtCutoff(Log(History), Day0.AddDays(1)));

        float[] vector = features.ToVector();

        Assert.Null(features.MeanIntervalDays);
        Assert.Equal(CustomerFeatures.FeatureNames.Count, vector.Length);
        Assert.Equal(1f, vector[IndexOf("singleActiveDay")]);
        Assert.Equal(0f, vector[IndexOf("logMeanIntervalDays")]);
    }

    [Fact]
    public void AtCutoff_LaterPurchases_ChangeNothing()
    {
        Purchase[] later =
        [
            .. History,
            new("a", "p2", Cutoff, 7, 9.0),
            new("a", "p1", Cutoff.AddDays(3), 1, 1.0),
            new("c", "p2", Cutoff.AddHours(1), 1, 1.0),
        ];

        CustomerFeatures before = Assert.Single(CustomerFeatureExtractor.AtCutoff(Log(History), Cutoff));
        CustomerFeatures after = Assert.Single(CustomerFeatureExtractor.AtCutoff(Log(later), Cutoff));

        Assert.Equal(before, after);
        Assert.Equal(before.ToVector(), after.ToVector());
    }

    [Fact]
    public void CountBefore_ExcludesThePurchaseAtTheCutoff()
    {
        PurchaseLog log = Log(History);

        Assert.Equal(2, CustomerFeatureExtractor.CountBefore(log.GetPurchases("a"), Day0.AddDays(10)));
        Assert.Equal(3, CustomerFeatureExtractor.CountBefore(log.GetPurchases("a"), Day0.AddDays(10).AddTicks(1)));
        Assert.Equal(0, CustomerFeatureExtractor.CountBefore(log.GetPurchases("a"), Day0));
    }

    private static int IndexOf(string name) => CustomerFeatures.FeatureNames.ToList().IndexOf(name);

    private static PurchaseLog Log(IEnumerable<Purchase> purchases) =>
        new(purchases, Catalogue, [], new LoadReport("test", [], []));
}
