using MovieRecs.Analytics.Forecasting;

namespace MovieRecs.Analytics.Tests.Forecasting;

public sealed class GradientBoostedForecasterTests
{
    [Fact]
    public void Forecast_SameInput_SameOutput()
    {
        WeeklySeries series = BurstySeries(seed: 3, weeks: 60);

        IReadOnlyList<double[]> first = new GradientBoostedForecaster(seed: 5).Forecast([series], 4);
        IReadOnlyList<double[]> second = new GradientBoostedForecaster(seed: 5).Forecast([series], 4);

        Assert.Equal(first[0], second[0]);
        Assert.All(first[0], value => Assert.True(value >= 0, $"forecast {value} is negative"));
    }

    [Fact]
    public void Backtest_BurstySeries_BeatsNaive()
    {
        // Independent bursty weeks: last week predicts little about the next, which the learned model
        // should find from the lags, while the naive forecast repeats every burst.
        WeeklySeries series = BurstySeries(seed: 11, weeks: 120);
        var options = new BacktestOptions { Horizon = 4, Origins = 10, OriginStep = 4 };

        double naive = RollingOriginBacktest.Run([series], new NaiveForecaster(), options).BySeries[0].Mase;
        double learned = RollingOriginBacktest.Run([series], new GradientBoostedForecaster(), options).BySeries[0].Mase;

        Assert.True(learned < naive, $"FastTree MASE {learned} is not below naive MASE {naive}");
    }

    [Fact]
    public void Forecast_ShortHistory_NamesTheSeries()
    {
        WeeklySeries series = BurstySeries(seed: 1, weeks: 10);

        var exception = Assert.Throws<ArgumentException>(() => new GradientBoostedForecaster().Forecast([series], 2));

        Assert.Contains("'bursty'", exception.Message, StringComparison.Ordinal);
    }

    private static WeeklySeries BurstySeries(int seed, int weeks)
    {
        var random = new Random(seed);
        double[] values = Enumerable.Range(0, weeks)
            .Select(_ => random.NextDouble() < 0.15 ? 200 + random.Next(0, 400) : 20 + random.Next(0, 30))
            .Select(value => (double)value)
            .ToArray();
        return new WeeklySeries("bursty", "Bursty", DemandLevel.Aggregate, new DateOnly(2022, 1, 3), values);
    }
}
