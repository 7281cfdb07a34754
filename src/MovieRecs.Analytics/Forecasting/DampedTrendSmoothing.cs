namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Holt's linear trend method with a damped trend: level ℓ(t) = α·y(t) + (1−α)·(ℓ(t−1) + φ·b(t−1)),
/// trend b(t) = β·(ℓ(t) − ℓ(t−1)) + (1−β)·φ·b(t−1), and the forecast h weeks ahead
/// ℓ(T) + (φ + φ² + … + φʰ)·b(T), cut at zero because demand cannot be negative.
/// </summary>
/// <remarks>
/// The damped trend is from E. S. Gardner and E. McKenzie, "Forecasting trends in time series",
/// Management Science 31(10), 1985. α, β, φ, ℓ(0) and b(0) are fitted by minimising the mean squared
/// one-step error over the history, with φ kept in [0.8, 0.98] as Hyndman and Athanasopoulos advise
/// in "Forecasting: Principles and Practice" (3rd ed., 2021), section 8.2.
/// </remarks>
public sealed class DampedTrendSmoothing : LocalForecaster
{
    /// <summary>The name of the method in reports.</summary>
    public const string MethodName = "holt-damped";

    /// <summary>The smallest damping factor the fit may choose.</summary>
    public const double MinimumPhi = 0.8;

    /// <summary>The largest damping factor the fit may choose.</summary>
    public const double MaximumPhi = 0.98;

    /// <inheritdoc/>
    public override string Name => MethodName;

    /// <inheritdoc/>
    public override int MinimumHistory => 4;

    /// <summary>Fits α, β, φ, ℓ(0) and b(0) to a history of at least <see cref="MinimumHistory"/> weeks.</summary>
    /// <exception cref="ArgumentException">The history is too short.</exception>
    public SmoothingParameters Fit(IReadOnlyList<double> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count < MinimumHistory)
        {
            throw new ArgumentException(
                $"{Name} needs at least {MinimumHistory} weeks of history; got {history.Count}.",
                nameof(history));
        }

        double maximum = Math.Max(1, history.Max());
        // The initial trend may move at most the largest week-to-week step of the history.
        double maximumStep = 1;
        for (int t = 1; t < history.Count; t++)
        {
            maximumStep = Math.Max(maximumStep, Math.Abs(history[t] - history[t - 1]));
        }

        double firstMean = history.Take(4).Average();
        double[] best = BoundedMinimizer.Minimize(
            point => Run(history, point).Mse,
            lower: [1e-4, 1e-4, MinimumPhi, 0, -maximumStep],
            upper: [1 - 1e-4, 1 - 1e-4, MaximumPhi, maximum, maximumStep],
            starts: [[0.1, 0.05, 0.9, history[0], 0], [0.5, 0.1, 0.95, firstMean, 0]]);
        (double level, double trend, double mse) = Run(history, best);
        return new SmoothingParameters(best[0], best[1], best[2], best[3], best[4], level, trend, mse);
    }

    /// <summary>Returns the forecasts h = 1..<paramref name="horizon"/> weeks after the fitted state.</summary>
    public static double[] Project(SmoothingParameters fit, int horizon)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);

        double[] forecast = new double[horizon];
        double dampedSum = 0;
        double power = 1;
        for (int step = 0; step < horizon; step++)
        {
            power *= fit.Phi;
            dampedSum += power;
            forecast[step] = Math.Max(0, fit.Level + (dampedSum * fit.Trend));
        }

        return forecast;
    }

    /// <inheritdoc/>
    protected override double[] ForecastValidated(IReadOnlyList<double> history, int horizon) =>
        Project(Fit(history), horizon);

    // point = [α, β, φ, ℓ(0), b(0)]; returns the final state and the one-step mean squared error.
    private static (double Level, double Trend, double Mse) Run(IReadOnlyList<double> history, double[] point)
    {
        double alpha = point[0];
        double beta = point[1];
        double phi = point[2];
        double level = point[3];
        double trend = point[4];
        double sum = 0;
        foreach (double value in history)
        {
            double oneStep = level + (phi * trend);
            double error = value - oneStep;
            sum += error * error;
            double previousLevel = level;
            level = oneStep + (alpha * error);
            trend = (beta * (level - previousLevel)) + ((1 - beta) * phi * trend);
        }

        return (level, trend, sum / history.Count);
    }
}
