using System.Diagnostics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using MovieRecs.Analytics.Forecasting;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Actions;

/// <summary>
/// Plans the stock of each product for the next period: the demand forecast over the period plus a
/// safety stock of z(service level) times the standard deviation of the forecast's period errors in
/// a rolling-origin backtest.
/// </summary>
/// <remarks>
/// <para>
/// The demand model is the one <see cref="DemandForecaster"/> chooses on the aggregate series with a
/// horizon of one period; it then forecasts the product series. The backtest runs that model on the
/// product series with the period as its horizon, so each origin gives one observed period error,
/// the sum of the weekly errors. The standard deviation is taken over those period errors directly.
/// Scaling a weekly deviation by √weeks instead would assume independent weekly errors, but bursty
/// demand makes consecutive weekly errors correlated.
/// </para>
/// <para>
/// The safety stock assumes normal, unbiased errors. A model that forecasts low on average (a
/// positive <see cref="StockPlanLine.ErrorMean"/>) gets no extra stock for that bias unless
/// <see cref="StockPlanOptions.CorrectBias"/> adds the mean period error to the forecast. Each line
/// and the plan report the backtest service level: how often the stock, with a safety stock (and
/// bias) built from the earlier origins only, covered the demand.
/// </para>
/// </remarks>
public static class StockPlanner
{
    /// <summary>Plans the stock of the top products.</summary>
    /// <param name="log">The purchase history.</param>
    /// <param name="options">The settings.</param>
    /// <param name="onHand">The current stock by product id, or null when unknown; order quantities need it.</param>
    /// <param name="cancellationToken">Cancels between backtests.</param>
    /// <exception cref="ArgumentException">The log has too few complete weeks for a backtest.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static StockPlan Plan(
        PurchaseLog log,
        StockPlanOptions options,
        IReadOnlyDictionary<string, double>? onHand = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();

        var demandOptions = new DemandForecastOptions
        {
            Level = DemandLevel.Aggregate,
            WindowWeeks = options.WindowWeeks,
            UseCalendarFeatures = options.UseCalendarFeatures,
            Seed = options.Seed,
            Backtest = new BacktestOptions
            {
                Horizon = options.PeriodWeeks,
                Origins = options.Origins,
                OriginStep = options.OriginStep,
            },
        };
        DemandForecastReport aggregate = DemandForecaster.Run(log, demandOptions, cancellationToken);
        IDemandForecaster model = DemandForecaster
            .CreateModels(aggregate.SeasonLength, options.Seed, options.UseCalendarFeatures)
            .Single(candidate => candidate.Name == aggregate.ChosenModel);

        DemandWindow window = DemandWindow.Latest(log, options.WindowWeeks);
        IReadOnlyList<WeeklySeries> series = WeeklyDemand.ByGroup(log, window, DemandLevel.Product, options.Top);
        cancellationToken.ThrowIfCancellationRequested();
        ModelBacktest backtest = RollingOriginBacktest.Run(series, model, demandOptions.Backtest);
        IReadOnlyList<double[]> forecasts = model.Forecast(series, options.PeriodWeeks);

        double z = ServiceFactor(options.ServiceLevel);
        var lines = new List<StockPlanLine>(series.Count);
        int covered = 0;
        int checks = 0;
        for (int i = 0; i < series.Count; i++)
        {
            double[] periodErrors = backtest.BySeries[i].Origins.Select(origin => origin.Errors().Sum()).ToArray();
            (int lineCovered, int lineChecks) = CheckService(backtest.BySeries[i].Origins, z, options);
            covered += lineCovered;
            checks += lineChecks;
            double forecast = forecasts[i].Sum();
            if (options.CorrectBias && periodErrors.Length > 0)
            {
                forecast = Math.Max(0, forecast + periodErrors.Average());
            }

            lines.Add(CreateLine(series[i], forecast, periodErrors, z, onHand, lineCovered, lineChecks));
        }

        var planned = series.Select(one => one.Key).ToHashSet(StringComparer.Ordinal);
        string[] unplanned = onHand?.Keys
            .Where(product => !planned.Contains(product))
            .Order(StringComparer.Ordinal)
            .ToArray() ?? [];
        return new StockPlan(
            window.LastWeek.AddDays(7),
            options.PeriodWeeks,
            options.ServiceLevel,
            z,
            options.CorrectBias,
            aggregate.ChosenModel,
            aggregate.Mase,
            aggregate.NaiveMase,
            aggregate.Origins.Count,
            checks > 0 ? covered / (double)checks : null,
            checks,
            options.MinimumCheckOrigins,
            lines
                .OrderByDescending(line => line.ForecastUnits)
                .ThenBy(line => line.ProductId, StringComparer.Ordinal)
                .ToArray(),
            unplanned,
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Returns the standard normal quantile z of a service level, such as 1.645 for 0.95.
    /// </summary>
    public static double ServiceFactor(double serviceLevel) => Normal.InvCDF(0, 1, serviceLevel);

    /// <summary>
    /// Returns a product's plan line from its period forecast and its backtest period errors
    /// (actual − forecast per origin).
    /// </summary>
    internal static StockPlanLine CreateLine(
        WeeklySeries series,
        double forecast,
        double[] periodErrors,
        double z,
        IReadOnlyDictionary<string, double>? onHand,
        int covered,
        int checks)
    {
        double? deviation = periodErrors.Length > 1 ? periodErrors.StandardDeviation() : null;
        double safety = deviation is double sd ? z * sd : 0;

        // A tiny tolerance keeps a whole-unit total such as 3.0000000001 from rounding up to 4.
        double target = Math.Ceiling(forecast + safety - 1e-9);
        double? stock = onHand is not null && onHand.TryGetValue(series.Key, out double units) ? units : null;
        return new StockPlanLine(
            series.Key,
            series.Name,
            forecast,
            periodErrors.Length > 0 ? periodErrors.Average() : 0,
            deviation,
            safety,
            Math.Max(0, target),
            stock,
            stock is double current ? Math.Max(0, Math.Max(0, target) - current) : null,
            periodErrors.Length,
            checks > 0 ? covered / (double)checks : null);
    }

    // For every origin after the first few, builds the safety stock (and the bias correction) from
    // the earlier origins' period errors and checks whether the stock covered the actual period.
    internal static (int Covered, int Checks) CheckService(
        IReadOnlyList<OriginForecast> origins,
        double z,
        StockPlanOptions options)
    {
        int covered = 0;
        int checks = 0;
        for (int held = options.MinimumCheckOrigins; held < origins.Count; held++)
        {
            double[] earlier = origins.Take(held).Select(origin => origin.Errors().Sum()).ToArray();
            double forecast = origins[held].Forecast.Sum();
            if (options.CorrectBias)
            {
                forecast = Math.Max(0, forecast + earlier.Average());
            }

            double stock = forecast + (z * earlier.StandardDeviation());
            covered += origins[held].Actual.Sum() <= stock ? 1 : 0;
            checks++;
        }

        return (covered, checks);
    }
}
