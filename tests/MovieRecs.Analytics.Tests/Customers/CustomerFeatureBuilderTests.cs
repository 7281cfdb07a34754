using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Customers;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Customers;

public sealed class CustomerFeatureBuilderTests
{
    private const double Tolerance = 1e-9;
    private static readonly DateTimeOffset AsOf = new(2024, 3, 21, 0, 0, 0, TimeSpan.Zero);

    private static readonly Product[] Catalogue =
    [
        new("p1", "Tea", ["Drinks"]),
        new("p2", "Cake", ["Food", "Sweets"]),
    ];

    // Customer a: four lines on three days (Fri 1 March twice, Mon 4 and Mon 11 March).
    // Customer b: one line before the as-of date and one after it, which must not count.
    private static PurchaseLog SmallLog() => new(
        [
            new Purchase("a", "p1", At(1, 10), 1, 10.0, Channel: "web"),
            new Purchase("a", "p2", At(1, 18), 2, 5.0, Channel: "web"),
            new Purchase("a", "p1", At(4, 10), 1, 20.0, Channel: "store"),
            new Purchase("a", "p2", At(11, 22), 1, 15.0),
            new Purchase("b", "p1", At(20, 0), 1, 3.0),
            new Purchase("b", "p1", At(25, 0), 1, 3.0),
        ],
        Catalogue,
        [new Customer("a", Age: 30, Gender: "F", Occupation: "writer")],
        new LoadReport("test", [], []));

    [Fact]
    public void Build_SmallLog_HandWorkedRfm()
    {
        CustomerFeatures a = CustomerFeatureBuilder.Build(SmallLog(), AsOf)[0];

        // Last line 11 March 22:00, 9 days and 2 hours before the as-of date.
        Assert.Equal(9 + 2.0 / 24, a.RecencyDays, Tolerance);
        Assert.Equal(4, a.Frequency);
        Assert.Equal(50.0, a.Monetary, Tolerance);
        Assert.Equal(12.5, a.MeanAmount, Tolerance);
        Assert.Equal(5.0, a.Units, Tolerance);
        // First line 1 March 10:00, 19 days and 14 hours before the as-of date.
        Assert.Equal(19 + 14.0 / 24, a.TenureDays, Tolerance);
    }

    [Fact]
    public void Build_SmallLog_HandWorkedIntervals()
    {
        CustomerFeatures a = CustomerFeatureBuilder.Build(SmallLog(), AsOf)[0];

        // Purchase days 1, 4 and 11 March: gaps of 3 and 7 days.
        Assert.Equal(3, a.ActiveDays);
        Assert.Equal(5.0, a.MeanIntervalDays!.Value, Tolerance);
        Assert.Equal(5.0, a.MedianIntervalDays!.Value, Tolerance);
        Assert.Equal(Math.Sqrt(8), a.IntervalStandardDeviationDays!.Value, Tolerance);
    }

    [Fact]
    public void Build_SmallLog_HandWorkedProfiles()
    {
        CustomerFeatures a = CustomerFeatureBuilder.Build(SmallLog(), AsOf)[0];

        Assert.Equal(0.5, a.HourShares[10], Tolerance);
        Assert.Equal(0.25, a.HourShares[18], Tolerance);
        Assert.Equal(0.25, a.HourShares[22], Tolerance);
        Assert.Equal(1.0, a.HourShares.Sum(), Tolerance);
        Assert.Equal(0.5, a.WeekdayShares[(int)DayOfWeek.Friday], Tolerance);
        Assert.Equal(0.5, a.WeekdayShares[(int)DayOfWeek.Monday], Tolerance);
        Assert.Equal(0.0, a.WeekendShare, Tolerance);
        // Two lines of p1 give Drinks 2; two lines of p2 give Food 1 and Sweets 1.
        Assert.Equal(0.5, a.CategoryShares["Drinks"], Tolerance);
        Assert.Equal(0.25, a.CategoryShares["Food"], Tolerance);
        Assert.Equal(0.25, a.CategoryShares["Sweets"], Tolerance);
        // Three lines have a channel: two web, one store.
        Assert.Equal(2.0 / 3, a.ChannelShares["web"], Tolerance);
        Assert.Equal(1.0 / 3, a.ChannelShares["store"], Tolerance);
        Assert.Equal(30, a.Demographics!.Age);
    }

    [Fact]
    public void Build_OnePurchaseDay_NoIntervalsAndNoFuture()
    {
        IReadOnlyList<CustomerFeatures> features = CustomerFeatureBuilder.Build(SmallLog(), AsOf);

        CustomerFeatures b = features[1];
        Assert.Equal("b", b.CustomerId);
        Assert.Equal(1, b.Frequency);
        Assert.Equal(1.0, b.RecencyDays, Tolerance);
        Assert.Null(b.MeanIntervalDays);
        Assert.Null(b.MedianIntervalDays);
        Assert.Null(b.IntervalStandardDeviationDays);
        Assert.Empty(b.ChannelShares);
        Assert.Null(b.Demographics);
    }

    [Fact]
    public void Build_AsOfBeforeCustomer_LeavesCustomerOut()
    {
        IReadOnlyList<CustomerFeatures> features = CustomerFeatureBuilder.Build(SmallLog(), At(15, 0));

        Assert.Equal(["a"], features.Select(customer => customer.CustomerId));
    }

    [Fact]
    public void Median_EvenAndOddCounts()
    {
        Assert.Equal(2.0, CustomerFeatureBuilder.Median([3.0, 1.0, 2.0]));
        Assert.Equal(2.5, CustomerFeatureBuilder.Median([4.0, 1.0, 2.0, 3.0]));
    }

    private static DateTimeOffset At(int day, int hour) => new(2024, 3, day, hour, 0, 0, TimeSpan.Zero);
}
