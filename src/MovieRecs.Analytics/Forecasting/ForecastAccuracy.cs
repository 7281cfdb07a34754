namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Point forecast accuracy measures. Each returns <see cref="double.NaN"/> when it is undefined
/// (no values, or a zero MASE scale).
/// </summary>
/// <remarks>
/// MASE is from R. J. Hyndman and A. B. Koehler, "Another look at measures of forecast accuracy",
/// International Journal of Forecasting 22(4), 2006: the forecast's absolute errors divided by the
/// mean absolute error of the one-step naive forecast over the training history.
/// </remarks>
public static class ForecastAccuracy
{
    /// <summary>Returns the mean absolute error, in the series' units.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> forecast)
    {
        CheckLengths(actual, forecast);
        if (actual.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int i = 0; i < actual.Count; i++)
        {
            sum += Math.Abs(actual[i] - forecast[i]);
        }

        return sum / actual.Count;
    }

    /// <summary>
    /// Returns the symmetric mean absolute percentage error in percent, from 0 to 200: the mean of
    /// 200·|y − ŷ| / (|y| + |ŷ|). A week where both the actual and the forecast are zero was forecast
    /// exactly and adds 0, instead of the undefined 0/0.
    /// </summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static double Smape(IReadOnlyList<double> actual, IReadOnlyList<double> forecast)
    {
        CheckLengths(actual, forecast);
        if (actual.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int i = 0; i < actual.Count; i++)
        {
            sum += SmapeTerm(actual[i], forecast[i]);
        }

        return sum / actual.Count;
    }

    /// <summary>Returns one week's sMAPE term in percent (0 when both values are zero).</summary>
    public static double SmapeTerm(double actual, double forecast)
    {
        double denominator = Math.Abs(actual) + Math.Abs(forecast);
        return denominator == 0 ? 0 : 200 * Math.Abs(actual - forecast) / denominator;
    }

    /// <summary>
    /// Returns the MASE scale of a training history: the mean of |y(t) − y(t−1)| over t = 2..n, or
    /// <see cref="double.NaN"/> when the history has fewer than two weeks.
    /// </summary>
    public static double NaiveScale(IReadOnlyList<double> training)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (training.Count < 2)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int t = 1; t < training.Count; t++)
        {
            sum += Math.Abs(training[t] - training[t - 1]);
        }

        return sum / (training.Count - 1);
    }

    /// <summary>
    /// Returns the mean absolute scaled error of a forecast after <paramref name="training"/>: its MAE
    /// divided by <see cref="NaiveScale"/>. Below 1 means smaller errors than the in-sample one-step
    /// naive forecast. Undefined (NaN) when the scale is zero, as for a constant history.
    /// </summary>
    /// <exception cref="ArgumentException">The actual and forecast lists differ in length.</exception>
    public static double Mase(IReadOnlyList<double> training, IReadOnlyList<double> actual, IReadOnlyList<double> forecast)
    {
        double scale = NaiveScale(training);
        return scale > 0 ? Mae(actual, forecast) / scale : double.NaN;
    }

    private static void CheckLengths(IReadOnlyList<double> actual, IReadOnlyList<double> forecast)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(forecast);
        if (actual.Count != forecast.Count)
        {
            throw new ArgumentException(
                $"The actual values ({actual.Count}) and the forecasts ({forecast.Count}) differ in length.",
                nameof(forecast));
        }
    }
}
