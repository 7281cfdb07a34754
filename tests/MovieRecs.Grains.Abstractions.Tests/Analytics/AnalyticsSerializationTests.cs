using Microsoft.Extensions.DependencyInjection;
using MovieRecs.Grains.Abstractions.Analytics;
using Orleans.Serialization;

namespace MovieRecs.Grains.Abstractions.Tests.Analytics;

public sealed class AnalyticsSerializationTests : IDisposable
{
    private static readonly AnalyticsResultInfo Computed =
        new("analytics-0123abcd", new DateTimeOffset(2026, 12, 4, 23, 0, 0, TimeSpan.Zero), 12.5);

    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void AnalyticsStatus_RoundTrip_KeepsRunsAndSteps()
    {
        var started = new DateTimeOffset(2026, 12, 4, 22, 0, 0, TimeSpan.Zero);
        var failed = new AnalyticsRun(
            "analytics-1",
            AnalyticsRunTrigger.Scheduled,
            AnalyticsRunState.Failed,
            started,
            started.AddSeconds(90),
            90,
            "Step 'demand' failed: too few weeks.",
            [
                new AnalyticsStep("purchases", AnalyticsRunState.Completed, 0.5, null),
                new AnalyticsStep("demand", AnalyticsRunState.Failed, 1.5, "too few weeks."),
                new AnalyticsStep("actions", AnalyticsRunState.Pending, null, null),
            ]);
        var status = new AnalyticsStatus(failed, null, 21600, started.AddHours(6), 610, 100836);

        AnalyticsStatus? copy = RoundTrip(status);

        Assert.NotNull(copy);
        Assert.NotNull(copy.LastRun);
        Assert.Equal(AnalyticsRunTrigger.Scheduled, copy.LastRun.Trigger);
        Assert.Equal(AnalyticsRunState.Failed, copy.LastRun.State);
        Assert.Equal(failed.Error, copy.LastRun.Error);
        Assert.Equal(failed.Steps, copy.LastRun.Steps);
        Assert.Null(copy.LastCompletedRun);
        Assert.Equal(21600, copy.RefreshIntervalSeconds);
        Assert.Equal(started.AddHours(6), copy.NextRefreshAt);
        Assert.Equal(610, copy.Customers);
        Assert.False(copy.IsRunning);
    }

    [Fact]
    public void SegmentsResult_RoundTrip_KeepsProfilesAndPoints()
    {
        var profile = new SegmentProfileResult(
            1, "Frequent drama fans", 2, 0.5, 10, 120, 430.5, 3.6, 900, null,
            [new LabelShareResult("Drama", 0.3, 1.2)],
            [new LabelShareResult("evening", 0.4, 1.1)],
            [21, 22],
            0.25,
            33.5,
            [new LabelShareResult("F", 0.5, 1)],
            []);
        var segments = new SegmentsResult(
            Computed,
            new DateTimeOffset(2018, 9, 24, 14, 27, 30, TimeSpan.Zero),
            2,
            ["log recency days"],
            2,
            0.1457,
            [new SegmentScoreResult(2, 0.1457, 5773)],
            new SegmentStabilityResult([43, 44], [0.993, 1], 0.9965, 0.993),
            [profile],
            [new SegmentPointResult("1", 1, -0.5, 1.25), new SegmentPointResult("2", 1, 0.5, -1.25)],
            [0.211, 0.169]);

        SegmentsResult? copy = RoundTrip(segments);

        Assert.NotNull(copy);
        Assert.Equal(Computed, copy.Computed);
        Assert.Equal(segments.Points, copy.Points);
        Assert.Equal(segments.Stability.AdjustedRandIndexes, copy.Stability.AdjustedRandIndexes);
        SegmentProfileResult copiedProfile = Assert.Single(copy.Segments);
        Assert.Null(copiedProfile.MedianIntervalDays);
        Assert.Equal(33.5, copiedProfile.MeanAge);
        Assert.Equal(profile.TopCategories, copiedProfile.TopCategories);
        Assert.Equal([21, 22], copiedProfile.PeakHours);
        Assert.Empty(copiedProfile.TopOccupations);
    }

    [Fact]
    public void DemandForecastResult_RoundTrip_KeepsWeeksAndIntervals()
    {
        var monday = new DateOnly(2018, 9, 17);
        var aggregate = new DemandSeriesResult(
            "all",
            "All",
            23_000,
            [new ModelAccuracyResult("naive", 150, 80, 1.03, 12, null), ModelUnavailable()],
            "fasttree",
            0.63,
            1.03,
            true,
            "fasttree",
            0.8,
            [new ForecastPointResult(monday.AddDays(7), 52.5, 0, 780)],
            [new WeekValueResult(monday, 190)]);
        var forecast = new DemandForecastResult(
            Computed,
            8,
            52,
            0.8,
            new DateOnly(2015, 9, 28),
            monday,
            [new DateOnly(2017, 9, 25)],
            "fasttree",
            0.63,
            1.03,
            BeatsNaive: true,
            aggregate,
            []);

        DemandForecastResult? copy = RoundTrip(forecast);

        Assert.NotNull(copy);
        Assert.Equal(monday, copy.LastWeek);
        Assert.Equal(forecast.Origins, copy.Origins);
        Assert.Equal(aggregate.Forecast, copy.Aggregate.Forecast);
        Assert.Equal(aggregate.History, copy.Aggregate.History);
        Assert.Equal(aggregate.Models, copy.Aggregate.Models);
        Assert.Empty(copy.Genres);
    }

    [Fact]
    public void RepeatForecastResult_RoundTrip_KeepsCurvesAndCustomers()
    {
        var repeat = new RepeatForecastResult(
            Computed,
            new DateTimeOffset(2018, 8, 26, 0, 0, 0, TimeSpan.Zero),
            30,
            "Logistic",
            7025,
            0.017,
            Labelled: true,
            0.02,
            0.998,
            0.88,
            0.006,
            0.992,
            0.7,
            null,
            [new CalibrationBinResult(1, 61, 0, 0.001, 0.0005, 0)],
            [],
            [new RocPointResult(0, 0), new RocPointResult(0.5, 1), new RocPointResult(1, 1)],
            [new RocPointResult(0, 0), new RocPointResult(1, 1)],
            606,
            5,
            [new CustomerRiskResult("414", 0.01, 0.02, 120, 1400, 5000.5, null)]);

        RepeatForecastResult? copy = RoundTrip(repeat);

        Assert.NotNull(copy);
        Assert.Null(copy.BaselineBrier);
        Assert.Equal(repeat.RocCurve, copy.RocCurve);
        Assert.Equal(repeat.Calibration, copy.Calibration);
        Assert.Equal(5, copy.Offset);
        CustomerRiskResult customer = Assert.Single(copy.Customers);
        Assert.Null(customer.Returned);
        Assert.Equal(0.99, customer.Risk, 12);
    }

    [Fact]
    public void FactorsResult_RoundTrip_KeepsIntervalsAndSkipped()
    {
        var spread = new SpreadResult(0.01, 0.002, 0.007, 0.014, 20);
        var factor = new RepeatFactorResult("logRecencyDays", -0.86, 0.22, -1.3, -0.43, -1.4, -0.4, 0.42, spread, null);
        var factors = new FactorsResult(
            Computed,
            new RepeatFactorsResult(
                new DateTimeOffset(2018, 8, 26, 0, 0, 0, TimeSpan.Zero),
                30,
                "Logistic",
                7025,
                606,
                0.998,
                0.997,
                20,
                200,
                [factor]),
            null,
            [new CategoryLiftResult(1, "Occasional mixed fans", "Drama", 8000, 0.2, 0.19, 1.02, 0.99, 1.05, false)],
            ["Rating model: too few purchases."]);

        FactorsResult? copy = RoundTrip(factors);

        Assert.NotNull(copy);
        Assert.NotNull(copy.Repeat);
        Assert.Equal(factor, Assert.Single(copy.Repeat.Factors));
        Assert.Null(copy.Rating);
        Assert.Equal(factors.CategoryLifts, copy.CategoryLifts);
        Assert.Equal(factors.Skipped, copy.Skipped);
    }

    [Fact]
    public void ActionResults_RoundTrip_KeepEveryList()
    {
        var stock = new StockPlanResult(
            Computed, new DateOnly(2018, 9, 24), 4, 0.95, 1.645, "fasttree", 0.63, 1.03, 0.84,
            [new StockPlanLineResult("2571", "Matrix, The (1999)", 1.3, 1.0, null, 0, 2, 1, null)]);
        var promotion = new PromotionResult(
            1, "1036", "Die Hard (1988)", ["Action", "Thriller"], 0.9, "because you rated Heat (1995)");
        var promotions = new PromotionsResult(
            Computed,
            "wals",
            "predicted preference",
            null,
            [
                new SegmentPromotionsResult(
                    1,
                    "Occasional mixed fans",
                    384,
                    [new SegmentProductResult(1, "110", "Braveheart (1995)", 128, 0.01, 0.008, 1.25)]),
            ],
            610,
            0,
            [new CustomerPromotionsResult("1", 2, "Frequent mixed fans", [promotion])]);
        var atRisk = new AtRiskCustomerResult(
            "111",
            2,
            "Frequent mixed fans",
            0.036,
            213,
            480,
            2157.5,
            2157.5,
            2080.4,
            ["Comedy"],
            ["Horror"],
            null,
            null,
            "Win-back offer on Comedy");
        var cutoff = new DateTimeOffset(2018, 9, 25, 0, 0, 0, TimeSpan.Zero);
        var loyalty = new LoyaltyResult(Computed, cutoff, 30, 365, 0.5, 0.75, 1472.8, 365, 60, [atRisk]);

        StockPlanResult? stockCopy = RoundTrip(stock);
        PromotionsResult? promotionsCopy = RoundTrip(promotions);
        LoyaltyResult? loyaltyCopy = RoundTrip(loyalty);

        Assert.NotNull(stockCopy);
        Assert.Equal(stock.PeriodStart, stockCopy.PeriodStart);
        Assert.Equal(stock.Lines, stockCopy.Lines);
        Assert.NotNull(promotionsCopy);
        Assert.Null(promotionsCopy.InStockProducts);
        Assert.Equal(promotions.Segments[0].Products, promotionsCopy.Segments[0].Products);
        Assert.Equal("Frequent mixed fans", promotionsCopy.Customers[0].SegmentName);
        Assert.Equal(promotion.Categories, promotionsCopy.Customers[0].Promotions[0].Categories);
        Assert.NotNull(loyaltyCopy);
        AtRiskCustomerResult copiedCustomer = Assert.Single(loyaltyCopy.AtRisk);
        Assert.Equal(atRisk.Action, copiedCustomer.Action);
        Assert.Null(copiedCustomer.FeaturedProductId);
        Assert.Equal(atRisk.CustomerCategories, copiedCustomer.CustomerCategories);
    }

    [Fact]
    public void AnalyticsNotReadyException_RoundTrip_KeepsResultAndRunning()
    {
        var exception =
            new AnalyticsNotReadyException("segmentation", isRunning: true, "The segmentation is not ready.");

        AnalyticsNotReadyException? copy = RoundTrip(exception);

        Assert.NotNull(copy);
        Assert.Equal("segmentation", copy.Result);
        Assert.True(copy.IsRunning);
        Assert.Equal(exception.Message, copy.Message);
    }

    [Fact]
    public void UnknownCustomerException_RoundTrip_KeepsCustomerId()
    {
        var exception = new UnknownCustomerException("9001", 610);

        UnknownCustomerException? copy = RoundTrip(exception);

        Assert.NotNull(copy);
        Assert.Equal("9001", copy.CustomerId);
        Assert.Contains("Customer '9001' is not among the 610 customers", copy.Message, StringComparison.Ordinal);
    }

    private T? RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value));

    private static ModelAccuracyResult ModelUnavailable() =>
        new("seasonal-naive-52", null, null, null, 0, "The first origin has 40 weeks of history; the model needs 52.");
}
