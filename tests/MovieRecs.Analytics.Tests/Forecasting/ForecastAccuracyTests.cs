using MovieRecs.Analytics.Forecasting;

namespace MovieRecs.Analytics.Tests.Forecasting;

public sealed class ForecastAccuracyTests
{
    [Fact]
    public void Mase_ShortSeries_MatchesHandValue()
    {
        // Naive one-step errors of the training weeks: |3-1|, |2-3|, |5-2| = 2, 1, 3, so the scale is 2.
        // The forecast errors are |4-5| and |6-5|, an MAE of 1, so MASE = 1 / 2.
        double[] training = [1, 3, 2, 5];

        double scale = ForecastAccuracy.NaiveScale(training);
        double mase = ForecastAccuracy.Mase(training, [4, 6], [5, 5]);

        Assert.Equal(2.0, scale, 12);
        Assert.Equal(0.5, mase, 12);
    }

    [Fact]
    public void Mase_ConstantTraining_IsNaN()
    {
        double mase = ForecastAccuracy.Mase([3, 3, 3], [4], [3]);

        Assert.True(double.IsNaN(mase));
    }

    [Fact]
    public void Smape_WithZeros_CountsBothZeroAsExact()
    {
        // Terms: both zero gives 0; actual 0 and forecast 1 gives 200·1/1 = 200; 2 and 2 gives 0.
        double smape = ForecastAccuracy.Smape([0, 0, 2], [0, 1, 2]);

        Assert.Equal(200.0 / 3, smape, 12);
    }

    [Fact]
    public void Smape_HandValue()
    {
        // 200·|10-8|/(10+8) = 22.222..., 200·|4-5|/(4+5) = 22.222...
        double smape = ForecastAccuracy.Smape([10, 4], [8, 5]);

        Assert.Equal(200.0 * 2 / 18, smape, 12);
    }

    [Fact]
    public void Mae_HandValue()
    {
        double mae = ForecastAccuracy.Mae([1, 2, 3], [2, 2, 5]);

        Assert.Equal(1.0, mae, 12);
    }

    [Fact]
    public void Mae_DifferentLengths_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => ForecastAccuracy.Mae([1, 2], [1]));

        Assert.Contains("(2)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("(1)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mae_Empty_IsNaN()
    {
        Assert.True(double.IsNaN(ForecastAccuracy.Mae([], [])));
        Assert.True(double.IsNaN(ForecastAccuracy.NaiveScale([4])));
    }
}
