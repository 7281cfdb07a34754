using System.Diagnostics;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Forecasts weekly demand from a purchase log: builds the aggregate series (and the category or
/// product series), backtests every model by rolling origin, chooses the model with the lowest
/// MASE on the aggregate series, and forecasts every series with it.
/// </summary>
public static class DemandForecaster
{
    /// <summary>Returns the models a forecast compares, the naive forecast first.</summary>
    public static IReadOnlyList<IDemandForecaster> CreateModels(int seasonLength, int seed, bool useCalendarFeatures = true) =>
    [
        new NaiveForecaster(),
        new SeasonalNaiveForecaster(seasonLength),
        new SimpleExponentialSmoothing(),
        new DampedTrendSmoothing(),
        new GradientBoostedForecaster(seed) { UseCalendarFeatures = useCalendarFeatures },
    ];

    /// <summary>Runs the backtests and the forecasts.</summary>
    /// <exception cref="ArgumentException">
    /// The log has too few complete weeks for one backtest origin, or it is empty.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting in <paramref name="options"/> is out of range.</exception>
    public static DemandForecastReport Run(PurchaseLog log, DemandForecastOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();

        DemandWindow window = DemandWindow.Latest(log, options.WindowWeeks);
        WeeklySeries aggregate = WeeklyDemand.Aggregate(log, window);
        IReadOnlyList<int> origins = RollingOriginBacktest.Origins([aggregate], options.Backtest);
        int seasonLength = options.SeasonLength
            ?? (origins[0] >= DemandForecastOptions.YearlySeason
                ? DemandForecastOptions.YearlySeason
                : DemandForecastOptions.MonthlySeason);
        IReadOnlyList<IDemandForecaster> models = CreateModels(seasonLength, options.Seed, options.UseCalendarFeatures);

        IReadOnlyList<ModelBacktest> aggregateBacktests = Backtest([aggregate], models, options, cancellationToken);
        string chosen = ChooseModel(aggregateBacktests);
        IDemandForecaster chosenModel = models.Single(model => model.Name == chosen);
        SeriesForecast aggregateResult = Forecast([aggregate], aggregateBacktests, chosenModel, options)[0];

        IReadOnlyList<SeriesForecast> groupResults = [];
        if (options.Level != DemandLevel.Aggregate)
        {
            IReadOnlyList<WeeklySeries> groups = WeeklyDemand.ByGroup(log, window, options.Level, options.Top);
            if (groups.Count > 0)
            {
                IReadOnlyList<ModelBacktest> groupBacktests = Backtest(groups, models, options, cancellationToken);
                groupResults = Forecast(groups, groupBacktests, chosenModel, options);
            }
        }

        return new DemandForecastReport(
            options.Level,
            options.Backtest.Horizon,
            seasonLength,
            options.IntervalLevel,
            window.FirstWeek,
            window.LastWeek,
            window.WeekCount,
            origins.Select(aggregate.WeekStart).ToArray(),
            chosen,
            aggregateResult.Mase,
            aggregateResult.NaiveMase,
            aggregateResult.BeatsNaive == true,
            aggregateResult,
            groupResults,
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Returns the available model with the lowest MASE on the single series of
    /// <paramref name="backtests"/>; ties go to the earlier model, so the naive forecast wins a tie.
    /// </summary>
    /// <exception cref="ArgumentException">No model has a defined MASE.</exception>
    public static string ChooseModel(IReadOnlyList<ModelBacktest> backtests)
    {
        ArgumentNullException.ThrowIfNull(backtests);
        string? best = null;
        double bestMase = double.PositiveInfinity;
        foreach (ModelBacktest backtest in backtests.Where(backtest => backtest.IsAvailable))
        {
            double mase = backtest.BySeries[0].Mase;
            if (mase < bestMase)
            {
                bestMase = mase;
                best = backtest.Model;
            }
        }

        return best ?? throw new ArgumentException(
            "No model has a defined MASE on the aggregate series: its weekly demand does not change before any origin.",
            nameof(backtests));
    }

    private static List<ModelBacktest> Backtest(
        IReadOnlyList<WeeklySeries> series,
        IReadOnlyList<IDemandForecaster> models,
        DemandForecastOptions options,
        CancellationToken cancellationToken)
    {
        var results = new List<ModelBacktest>(models.Count);
        foreach (IDemandForecaster model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(RollingOriginBacktest.Run(series, model, options.Backtest));
        }

        return results;
    }

    private static SeriesForecast[] Forecast(
        IReadOnlyList<WeeklySeries> series,
        IReadOnlyList<ModelBacktest> backtests,
        IDemandForecaster chosenModel,
        DemandForecastOptions options)
    {
        int horizon = options.Backtest.Horizon;
        IReadOnlyList<double[]> forecasts = chosenModel.Forecast(series, horizon);
        ModelBacktest chosenBacktest = backtests.Single(backtest => backtest.Model == chosenModel.Name);
        ModelBacktest naiveBacktest = backtests.Single(backtest => backtest.Model == NaiveForecaster.MethodName);

        var results = new SeriesForecast[series.Count];
        for (int i = 0; i < series.Count; i++)
        {
            WeeklySeries current = series[i];
            ModelAccuracy[] accuracies = backtests
                .Select(backtest => backtest.IsAvailable
                    ? ModelAccuracy.From(backtest.BySeries[i])
                    : ModelAccuracy.Missing(backtest.Model, backtest.UnavailableReason!))
                .ToArray();
            SeriesBacktest chosenSeries = chosenBacktest.BySeries[i];
            double? mase = ModelAccuracy.Defined(chosenSeries.Mase);
            double? naiveMase = ModelAccuracy.Defined(naiveBacktest.BySeries[i].Mase);
            string? best = accuracies
                .Where(accuracy => accuracy.Mase is not null)
                .OrderBy(accuracy => accuracy.Mase)
                .Select(accuracy => accuracy.Model)
                .FirstOrDefault();
            results[i] = new SeriesForecast(
                current.Key,
                current.Name,
                current.Level,
                current.Values.Sum(),
                accuracies,
                chosenModel.Name,
                mase,
                naiveMase,
                mase is double chosenValue && naiveMase is double naiveValue ? chosenValue < naiveValue : null,
                best,
                ModelAccuracy.Defined(PredictionIntervals.SequentialCoverage(chosenSeries, options.IntervalLevel)),
                PredictionIntervals.Build(forecasts[i], current.WeekStart(current.Length), chosenSeries, options.IntervalLevel),
                current.Values.Select((units, week) => new WeekValue(current.WeekStart(week), units)).ToArray());
        }

        return results;
    }
}
