using MovieRecs.Analytics.Forecasting;

namespace MovieRecs.Analytics.Tests.Forecasting;

public sealed class PredictionIntervalsTests
{
    // One-step backtest errors (actual − forecast): -2, 1, 3, 2; sorted -2, 1, 2, 3.
    private static readonly SeriesBacktest Backtest = new(
        "naive",
        "all",
        [
            new OriginForecast(10, [10.0], [8.0], 1),
            new OriginForecast(11, [10.0], [11.0], 1),
            new OriginForecast(12, [10.0], [13.0], 1),
            new OriginForecast(13, [10.0], [12.0], 1),
        ]);

    [Fact]
    public void Build_Level50_UsesConformalRanks()
    {
        // n = 4, tail 0.25: ranks ⌊5·0.25⌋ = 1 and ⌈5·0.75⌉ = 4, the errors -2 and 3.
        IReadOnlyList<ForecastPoint> points = PredictionIntervals.Build([5.0], new DateOnly(2024, 3, 4), Backtest, 0.5);

        ForecastPoint point = Assert.Single(points);
        Assert.Equal(new DateOnly(2024, 3, 4), point.Week);
        Assert.Equal(3.0, point.Lower, 12);
        Assert.Equal(8.0, point.Upper, 12);
    }

    [Fact]
    public void Build_Level20_NarrowsToInnerRanks()
    {
        // Tail 0.4: ranks ⌊5·0.4⌋ = 2 and ⌈5·0.6⌉ = 3, the errors 1 and 2. Both are positive, so the
        // lower bound stays at the forecast instead of 5 + 1.
        ForecastPoint point = PredictionIntervals.Build([5.0], new DateOnly(2024, 3, 4), Backtest, 0.2)[0];

        Assert.Equal(5.0, point.Lower, 12);
        Assert.Equal(7.0, point.Upper, 12);
    }

    [Fact]
    public void Build_ErrorsAllNegative_IntervalContainsForecast()
    {
        // The model over-forecast at both origins by 300 and 500: without the rule the interval would
        // be 500-700 around a forecast of 1,000.
        var overForecast = new SeriesBacktest(
            "naive",
            "all",
            [
                new OriginForecast(10, [1000.0], [700.0], 1),
                new OriginForecast(11, [1000.0], [500.0], 1),
            ]);

        ForecastPoint point = PredictionIntervals.Build([1000.0], new DateOnly(2024, 3, 4), overForecast, 0.8)[0];

        Assert.Equal(500.0, point.Lower, 12);
        Assert.Equal(1000.0, point.Upper, 12);
    }

    [Fact]
    public void Build_LowerBound_CutAtZero()
    {
        ForecastPoint point = PredictionIntervals.Build([1.0], new DateOnly(2024, 3, 4), Backtest, 0.5)[0];

        Assert.Equal(0.0, point.Lower, 12);
        Assert.Equal(4.0, point.Upper, 12);
    }

    [Fact]
    public void SequentialCoverage_UsesEarlierErrorsOnly()
    {
        // Origin 3 of 4 (index 2): earlier errors -2, 1 give [8, 11]; its actual 13 is outside.
        // Origin 4 (index 3): earlier errors -2, 1, 3 give [8, 13]; its actual 12 is inside.
        double coverage = PredictionIntervals.SequentialCoverage(Backtest, 0.5, minimumEarlierOrigins: 2);

        Assert.Equal(0.5, coverage, 12);
    }

    [Fact]
    public void SequentialCoverage_TooFewOrigins_IsNaN()
    {
        double coverage = PredictionIntervals.SequentialCoverage(Backtest, 0.8, minimumEarlierOrigins: 4);

        Assert.True(double.IsNaN(coverage));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Build_LevelOutsideOpenInterval_Throws(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictionIntervals.Build([1.0], new DateOnly(2024, 3, 4), Backtest, level));
    }
}
