namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Empirical prediction intervals from backtest errors. At horizon step h the interval is the
/// forecast plus two order statistics of the n errors (actual − forecast) that the model made h
/// weeks ahead in the backtest. The interval always contains the forecast itself, and the lower
/// bound is cut at zero.
/// </summary>
/// <remarks>
/// For a level 1 − 2a the bounds are the ⌊(n+1)·a⌋-th and ⌈(n+1)·(1−a)⌉-th smallest errors, which
/// are the ranks split conformal prediction uses. If the new error is exchangeable with the backtest
/// errors, each tail then has a probability of at most a. Plain quantiles of n errors cover less than the
/// level when n is small. A rank outside 1..n is clamped to the smallest or largest error, so with
/// few origins the interval can cover less than the level; with 12 origins and level 0.8 it spans
/// the smallest to the largest error. Backtest errors overlap in time and are not fully
/// exchangeable, so the coverage is an estimate, checked by <see cref="SequentialCoverage"/>.
/// When both order statistics have the same sign (a model that erred one way at every origin, which
/// happens with few origins), the bound on the forecast's side moves to the forecast, so an interval
/// never excludes its own point forecast; this only widens it.
/// </remarks>
public static class PredictionIntervals
{
    /// <summary>
    /// Returns the forecast points of <paramref name="forecast"/> with intervals at the coverage
    /// <paramref name="level"/> (such as 0.8), from the backtest errors per step.
    /// </summary>
    /// <exception cref="ArgumentException">The backtest has fewer steps than the forecast, or no origin.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not inside (0, 1).</exception>
    public static IReadOnlyList<ForecastPoint> Build(
        IReadOnlyList<double> forecast,
        DateOnly firstWeek,
        SeriesBacktest backtest,
        double level)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(backtest);
        CheckLevel(level);
        double[][] errorsByStep = backtest.ErrorsByStep();
        if (errorsByStep.Length < forecast.Count || backtest.Origins.Count == 0)
        {
            throw new ArgumentException(
                $"The backtest has {errorsByStep.Length} steps and {backtest.Origins.Count} origins; the forecast has " +
                $"{forecast.Count} steps.",
                nameof(backtest));
        }

        var points = new ForecastPoint[forecast.Count];
        for (int step = 0; step < forecast.Count; step++)
        {
            (double lower, double upper) = Bounds(forecast[step], errorsByStep[step], level);
            points[step] = new ForecastPoint(firstWeek.AddDays(7 * step), forecast[step], lower, upper);
        }

        return points;
    }

    /// <summary>
    /// Returns how often the actual week fell inside its interval when each origin's interval is
    /// built only from the errors of the origins before it, over the origins that have at least
    /// <paramref name="minimumEarlierOrigins"/> earlier ones; NaN when none has. Unlike a check on
    /// the errors the intervals were built from, this one is scored on weeks after those errors.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="level"/> is not inside (0, 1), or <paramref name="minimumEarlierOrigins"/> is below 1.
    /// </exception>
    public static double SequentialCoverage(SeriesBacktest backtest, double level, int minimumEarlierOrigins = 5)
    {
        ArgumentNullException.ThrowIfNull(backtest);
        CheckLevel(level);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumEarlierOrigins, 1);

        double[][] errorsByStep = backtest.ErrorsByStep();
        int inside = 0;
        int total = 0;
        for (int held = minimumEarlierOrigins; held < backtest.Origins.Count; held++)
        {
            OriginForecast origin = backtest.Origins[held];
            for (int step = 0; step < errorsByStep.Length; step++)
            {
                (double lower, double upper) = Bounds(origin.Forecast[step], errorsByStep[step][..held], level);
                double actual = origin.Actual[step];
                inside += actual >= lower && actual <= upper ? 1 : 0;
                total++;
            }
        }

        return total > 0 ? (double)inside / total : double.NaN;
    }

    private static (double Lower, double Upper) Bounds(double forecast, double[] errors, double level)
    {
        double[] sorted = errors.Order().ToArray();
        int count = sorted.Length;
        double tail = (1 - level) / 2;
        int lowerRank = Math.Clamp((int)Math.Floor((count + 1) * tail), 1, count);
        int upperRank = Math.Clamp((int)Math.Ceiling((count + 1) * (1 - tail)), 1, count);
        double lower = forecast + Math.Min(0, sorted[lowerRank - 1]);
        double upper = forecast + Math.Max(0, sorted[upperRank - 1]);
        return (Math.Max(0, lower), Math.Max(0, upper));
    }

    private static void CheckLevel(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"The interval level must lie inside (0, 1); got {level}.");
        }
    }
}
