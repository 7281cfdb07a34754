using MovieRecs.Analytics.Forecasting;

namespace MovieRecs.Analytics.Tests.Forecasting;

public sealed class SmoothingTests
{
    [Fact]
    public void Naive_RepeatsLastWeek()
    {
        double[] forecast = new NaiveForecaster().Forecast([1, 2, 3], 2);

        Assert.Equal([3.0, 3.0], forecast);
    }

    [Fact]
    public void SeasonalNaive_RepeatsLastSeason()
    {
        // Week T+h takes week T+h-4·ceil(h/4): h = 1..4 gives weeks 3..6, h = 5 and 6 give weeks 3 and 4 again.
        double[] forecast = new SeasonalNaiveForecaster(4).Forecast([1, 2, 3, 4, 5, 6], 6);

        Assert.Equal([3.0, 4.0, 5.0, 6.0, 3.0, 4.0], forecast);
    }

    [Fact]
    public void SeasonalNaive_ShortHistory_NamesBothLengths()
    {
        var exception = Assert.Throws<ArgumentException>(() => new SeasonalNaiveForecaster(52).Forecast([1, 2, 3], 1));

        Assert.Contains("52", exception.Message, StringComparison.Ordinal);
        Assert.Contains("got 3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ses_ConstantSeries_ForecastsTheConstant()
    {
        double[] forecast = new SimpleExponentialSmoothing().Forecast([5, 5, 5, 5, 5, 5], 3);

        Assert.All(forecast, value => Assert.Equal(5.0, value, 4));
    }

    [Fact]
    public void Ses_Fit_NoGridPointHasLowerError()
    {
        double[] history = [12, 30, 8, 15, 40, 11, 9, 25, 14, 10, 33, 12, 18, 7, 21];
        var ses = new SimpleExponentialSmoothing();

        SmoothingParameters fit = ses.Fit(history);

        Assert.InRange(fit.Alpha, 0.0, 1.0);
        for (double alpha = 0.05; alpha < 1; alpha += 0.05)
        {
            foreach (double initialLevel in (double[])[history[0], history.Average(), 0])
            {
                double mse = SimpleExponentialSmoothing.OneStepMse(history, alpha, initialLevel);
                Assert.True(fit.Mse <= mse + 1e-9, $"alpha {alpha}, level {initialLevel}: MSE {mse} < fitted {fit.Mse}");
            }
        }
    }

    [Fact]
    public void DampedTrend_Project_HandValues()
    {
        // ℓ + (φ + … + φʰ)·b with ℓ = 10, b = 2, φ = 0.9: 10 + 0.9·2 = 11.8, 10 + 1.71·2 = 13.42.
        var fit = new SmoothingParameters(0.5, 0.1, 0.9, 0, 0, Level: 10, Trend: 2, Mse: 0);

        double[] forecast = DampedTrendSmoothing.Project(fit, 2);

        Assert.Equal(11.8, forecast[0], 12);
        Assert.Equal(13.42, forecast[1], 12);
    }

    [Fact]
    public void DampedTrend_LinearSeries_FollowsAndDampsTheTrend()
    {
        double[] history = Enumerable.Range(0, 30).Select(t => 10.0 + (2.0 * t)).ToArray();
        var model = new DampedTrendSmoothing();

        SmoothingParameters fit = model.Fit(history);
        double[] forecast = model.Forecast(history, 6);

        Assert.InRange(fit.Phi, DampedTrendSmoothing.MinimumPhi, DampedTrendSmoothing.MaximumPhi);
        Assert.InRange(forecast[0], 69.0, 71.0);
        for (int step = 1; step < forecast.Length; step++)
        {
            double increase = forecast[step] - forecast[step - 1];
            double previousIncrease = step > 1 ? forecast[step - 1] - forecast[step - 2] : double.PositiveInfinity;
            Assert.True(increase > 0, $"step {step} does not increase");
            Assert.True(increase < previousIncrease, $"step {step} is not damped");
        }
    }

    [Fact]
    public void DampedTrend_FallingSeries_NeverForecastsBelowZero()
    {
        double[] history = Enumerable.Range(0, 20).Select(t => Math.Max(0, 40.0 - (3.0 * t))).ToArray();

        double[] forecast = new DampedTrendSmoothing().Forecast(history, 12);

        Assert.All(forecast, value => Assert.True(value >= 0, $"forecast {value} is negative"));
    }
}
