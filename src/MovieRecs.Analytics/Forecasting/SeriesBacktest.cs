namespace MovieRecs.Analytics.Forecasting;

/// <summary>The backtest forecasts of one model on one series, with their accuracy over all origins.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="SeriesKey">The series' key.</param>
/// <param name="Origins">The forecasts from each origin, oldest first.</param>
public sealed record SeriesBacktest(string Model, string SeriesKey, IReadOnlyList<OriginForecast> Origins)
{
    /// <summary>The mean absolute error over every origin and step, in units.</summary>
    public double Mae => ForecastAccuracy.Mae(AllActual(), AllForecast());

    /// <summary>The sMAPE over every origin and step, in percent (0-200).</summary>
    public double Smape => ForecastAccuracy.Smape(AllActual(), AllForecast());

    /// <summary>
    /// The MASE: the mean over origins and steps of |error| divided by that origin's own training scale.
    /// Origins whose scale is zero are left out; NaN when every origin's scale is zero.
    /// </summary>
    public double Mase
    {
        get
        {
            double sum = 0;
            int count = 0;
            foreach (OriginForecast origin in Origins.Where(origin => origin.Scale > 0))
            {
                foreach (double error in origin.Errors())
                {
                    sum += Math.Abs(error) / origin.Scale;
                    count++;
                }
            }

            return count > 0 ? sum / count : double.NaN;
        }
    }

    /// <summary>Returns the errors (actual − forecast) at horizon step h, one per origin, for h = 1..H.</summary>
    public double[][] ErrorsByStep()
    {
        int horizon = Origins.Count == 0 ? 0 : Origins[0].Forecast.Count;
        return Enumerable.Range(0, horizon)
            .Select(step => Origins.Select(origin => origin.Actual[step] - origin.Forecast[step]).ToArray())
            .ToArray();
    }

    private double[] AllActual() => Origins.SelectMany(origin => origin.Actual).ToArray();

    private double[] AllForecast() => Origins.SelectMany(origin => origin.Forecast).ToArray();
}
