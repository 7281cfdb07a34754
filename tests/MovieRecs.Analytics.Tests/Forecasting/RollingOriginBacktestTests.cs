using MovieRecs.Analytics.Forecasting;

namespace MovieRecs.Analytics.Tests.Forecasting;

public sealed class RollingOriginBacktestTests
{
    private static readonly BacktestOptions Options = new()
    {
        Horizon = 2,
        Origins = 3,
        OriginStep = 2,
        MinimumTrainingWeeks = 5,
    };

    [Fact]
    public void OriginsFor_StepsBackFromTheEnd()
    {
        IReadOnlyList<int> origins = Options.OriginsFor(20);

        Assert.Equal([14, 16, 18], origins);
    }

    [Fact]
    public void OriginsFor_DropsOriginsWithTooLittleTraining()
    {
        IReadOnlyList<int> origins = (Options with { Origins = 10 }).OriginsFor(12);

        Assert.Equal([6, 8, 10], origins);
    }

    [Fact]
    public void Run_Naive_UsesOnlyWeeksBeforeEachOrigin()
    {
        // Week t has t units. At origin o the naive forecast is week o-1's value, so the errors at
        // steps 1 and 2 are exactly 1 and 2; any look-ahead would shrink them.
        WeeklySeries series = Series(Enumerable.Range(0, 20).Select(t => (double)t).ToArray());

        ModelBacktest backtest = RollingOriginBacktest.Run([series], new NaiveForecaster(), Options);

        SeriesBacktest result = Assert.Single(backtest.BySeries);
        Assert.Equal([14, 16, 18], result.Origins.Select(origin => origin.Origin));
        Assert.All(result.Origins, origin => Assert.Equal([1.0, 2.0], origin.Errors()));
        Assert.Equal([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]], result.ErrorsByStep());
        Assert.Equal(1.5, result.Mae, 12);
        Assert.Equal(1.5, result.Mase, 12);
    }

    [Fact]
    public void Run_TooLittleHistory_MarksModelUnavailable()
    {
        WeeklySeries series = Series(Enumerable.Range(0, 20).Select(t => (double)t).ToArray());

        ModelBacktest backtest = RollingOriginBacktest.Run([series], new SeasonalNaiveForecaster(15), Options);

        Assert.False(backtest.IsAvailable);
        Assert.Empty(backtest.BySeries);
        Assert.Contains("15", backtest.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SeriesTooShort_SaysWhatIsNeeded()
    {
        WeeklySeries series = Series([1, 2, 3, 4, 5, 6]);

        var exception = Assert.Throws<ArgumentException>(() => RollingOriginBacktest.Run([series], new NaiveForecaster(), Options));

        Assert.Contains("6 complete weeks", exception.Message, StringComparison.Ordinal);
        Assert.Contains("at least 7", exception.Message, StringComparison.Ordinal);
    }

    private static WeeklySeries Series(double[] values) =>
        new("all", "All purchases", DemandLevel.Aggregate, new DateOnly(2024, 1, 1), values);
}
