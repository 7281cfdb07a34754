using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Forecasting;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Forecasting;

public sealed class WeeklyDemandTests
{
    // 2024-01-01 is a Monday.
    private static readonly DateTimeOffset Monday = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Product[] Catalogue =
    [
        new("p1", "Tea", ["Drinks"]),
        new("p2", "Cake", ["Food", "Sweets"]),
    ];

    [Fact]
    public void Latest_MidweekEnd_DropsThePartialWeek()
    {
        PurchaseLog log = Log(
            new Purchase("a", "p1", Monday.AddDays(2), 1, 1),
            new Purchase("a", "p1", Monday.AddDays(23), 1, 1));

        var window = DemandWindow.Latest(log, 100);

        Assert.Equal(new DateOnly(2024, 1, 1), window.FirstWeek);
        Assert.Equal(3, window.WeekCount);
        Assert.Equal(new DateOnly(2024, 1, 15), window.LastWeek);
    }

    [Fact]
    public void Latest_SundayEnd_KeepsTheLastWeek()
    {
        PurchaseLog log = Log(
            new Purchase("a", "p1", Monday.AddDays(2), 1, 1),
            new Purchase("a", "p1", Monday.AddDays(27).AddHours(23), 1, 1));

        var window = DemandWindow.Latest(log, 100);

        Assert.Equal(4, window.WeekCount);
    }

    [Fact]
    public void Latest_MaxWeeks_KeepsTheNewest()
    {
        PurchaseLog log = Log(
            new Purchase("a", "p1", Monday.AddDays(2), 1, 1),
            new Purchase("a", "p1", Monday.AddDays(27), 1, 1));

        var window = DemandWindow.Latest(log, 2);

        Assert.Equal(new DateOnly(2024, 1, 15), window.FirstWeek);
        Assert.Equal(2, window.WeekCount);
    }

    [Fact]
    public void Latest_SinglePartialWeek_Throws()
    {
        PurchaseLog log = Log(new Purchase("a", "p1", Monday.AddDays(2), 1, 1));

        var exception = Assert.Throws<ArgumentException>(() => DemandWindow.Latest(log, 10));

        Assert.Contains("no complete week", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeekOf_ReturnsMondayUtc()
    {
        var sundayNight = new DateTimeOffset(2024, 1, 7, 23, 30, 0, TimeSpan.Zero);
        var mondayInBerlin = new DateTimeOffset(2024, 1, 8, 0, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateOnly(2024, 1, 1), DemandWindow.WeekOf(sundayNight));
        Assert.Equal(new DateOnly(2024, 1, 1), DemandWindow.WeekOf(mondayInBerlin));
    }

    [Fact]
    public void Aggregate_SumsQuantitiesPerWeek()
    {
        PurchaseLog log = Log(
            new Purchase("a", "p1", Monday, 2, 1),
            new Purchase("b", "p2", Monday.AddDays(3), 1, 1),
            new Purchase("a", "p2", Monday.AddDays(8), 3, 1),
            new Purchase("a", "p1", Monday.AddDays(20).AddHours(12), 1, 1));
        var window = new DemandWindow(new DateOnly(2024, 1, 1), 3);

        WeeklySeries series = WeeklyDemand.Aggregate(log, window);

        Assert.Equal([3.0, 3.0, 1.0], series.Values);
        Assert.Equal(DemandLevel.Aggregate, series.Level);
    }

    [Fact]
    public void ByGroup_Category_CountsEachCategoryOfAProduct()
    {
        PurchaseLog log = Log(
            new Purchase("a", "p1", Monday, 1, 1),
            new Purchase("b", "p2", Monday.AddDays(1), 2, 1),
            new Purchase("a", "p2", Monday.AddDays(8), 1, 1));
        var window = new DemandWindow(new DateOnly(2024, 1, 1), 2);

        IReadOnlyList<WeeklySeries> series = WeeklyDemand.ByGroup(log, window, DemandLevel.Category, 10);

        Assert.Equal(["Food", "Sweets", "Drinks"], series.Select(one => one.Key));
        Assert.Equal([2.0, 1.0], series[0].Values);
        Assert.Equal([2.0, 1.0], series[1].Values);
        Assert.Equal([1.0, 0.0], series[2].Values);
    }

    [Fact]
    public void ByGroup_ProductTop_KeepsTheLargest()
    {
        PurchaseLog log = Log(
            new Purchase("a", "p1", Monday, 1, 1),
            new Purchase("b", "p2", Monday.AddDays(1), 2, 1));
        var window = new DemandWindow(new DateOnly(2024, 1, 1), 1);

        IReadOnlyList<WeeklySeries> series = WeeklyDemand.ByGroup(log, window, DemandLevel.Product, 1);

        WeeklySeries only = Assert.Single(series);
        Assert.Equal("p2", only.Key);
        Assert.Equal("Cake", only.Name);
    }

    private static PurchaseLog Log(params Purchase[] purchases) =>
        new(purchases, Catalogue, [], new LoadReport("test", [], []));
}
