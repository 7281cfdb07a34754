namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Evaluates forecasting models by rolling-origin backtest (time series cross-validation): at each
/// origin the model is refitted on the weeks before the origin only, forecasts the next weeks, and
/// the forecasts are compared with what was bought.
/// </summary>
/// <remarks>
/// L. J. Tashman, "Out-of-sample tests of forecasting accuracy: an analysis and review",
/// International Journal of Forecasting 16(4), 2000, describes the rolling-origin evaluation.
/// </remarks>
public static class RollingOriginBacktest
{
    /// <summary>
    /// Backtests one model on series that cover the same weeks. A global model is fitted once per
    /// origin on all of them.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The series are empty or differ in length, or the series are too short for any origin.
    /// </exception>
    public static ModelBacktest Run(IReadOnlyList<WeeklySeries> series, IDemandForecaster model, BacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        IReadOnlyList<int> origins = Origins(series, options);
        if (model.MinimumHistory > origins[0])
        {
            return new ModelBacktest(
                model.Name,
                [],
                $"needs {model.MinimumHistory} weeks before the first origin, which has {origins[0]}");
        }

        var bySeries = series.Select(_ => new List<OriginForecast>(origins.Count)).ToArray();
        foreach (int origin in origins)
        {
            WeeklySeries[] histories = series.Select(one => one.Head(origin)).ToArray();
            IReadOnlyList<double[]> forecasts = model.Forecast(histories, options.Horizon);
            for (int i = 0; i < series.Count; i++)
            {
                double[] actual = series[i].Values.Skip(origin).Take(options.Horizon).ToArray();
                double scale = ForecastAccuracy.NaiveScale(histories[i].Values);
                bySeries[i].Add(new OriginForecast(origin, forecasts[i], actual, scale));
            }
        }

        SeriesBacktest[] results = series
            .Select((one, i) => new SeriesBacktest(model.Name, one.Key, bySeries[i]))
            .ToArray();
        return new ModelBacktest(model.Name, results, UnavailableReason: null);
    }

    /// <summary>Returns the origins of a backtest of these series, oldest first.</summary>
    /// <exception cref="ArgumentException">The series are empty, differ in length, or are too short.</exception>
    public static IReadOnlyList<int> Origins(IReadOnlyList<WeeklySeries> series, BacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        if (series.Count == 0)
        {
            throw new ArgumentException("There is no series to backtest.", nameof(series));
        }

        int length = series[0].Length;
        if (series.Any(one => one.Length != length))
        {
            throw new ArgumentException("The series of one backtest must cover the same weeks.", nameof(series));
        }

        IReadOnlyList<int> origins = options.OriginsFor(length);
        if (origins.Count == 0)
        {
            throw new ArgumentException(
                $"The series have {length} complete weeks, but a backtest needs at least " +
                $"{options.MinimumTrainingWeeks + options.Horizon} ({options.MinimumTrainingWeeks} training weeks and a " +
                $"{options.Horizon}-week horizon). Use a longer window or a shorter horizon.",
                nameof(series));
        }

        return origins;
    }
}
