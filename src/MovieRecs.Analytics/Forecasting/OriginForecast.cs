namespace MovieRecs.Analytics.Forecasting;

/// <summary>One backtest forecast of one series: what a model predicted from an origin, and what happened.</summary>
/// <param name="Origin">The number of weeks before the origin, which the model was fitted on.</param>
/// <param name="Forecast">The forecasts of the weeks after the origin.</param>
/// <param name="Actual">The units bought in those weeks.</param>
/// <param name="Scale">
/// The MASE scale of the weeks before the origin (<see cref="ForecastAccuracy.NaiveScale"/>).
/// </param>
public sealed record OriginForecast(int Origin, IReadOnlyList<double> Forecast, IReadOnlyList<double> Actual, double Scale)
{
    /// <summary>Returns the error (actual − forecast) at each step, in units.</summary>
    public double[] Errors() => Actual.Select((actual, step) => actual - Forecast[step]).ToArray();
}
