namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Simple exponential smoothing: the level ℓ(t) = ℓ(t−1) + α·(y(t) − ℓ(t−1)), and every future
/// week is forecast at the last level.
/// </summary>
/// <remarks>
/// α and the initial level ℓ(0) are fitted by minimising the mean squared one-step error over the
/// history, as R. J. Hyndman and G. Athanasopoulos describe in "Forecasting: Principles and
/// Practice" (3rd ed., 2021), section 8.1.
/// </remarks>
public sealed class SimpleExponentialSmoothing : LocalForecaster
{
    /// <summary>The name of the method in reports.</summary>
    public const string MethodName = "ses";

    /// <inheritdoc/>
    public override string Name => MethodName;

    /// <inheritdoc/>
    public override int MinimumHistory => 3;

    /// <summary>Fits α and ℓ(0) to a history of at least <see cref="MinimumHistory"/> weeks.</summary>
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
        double[] best = BoundedMinimizer.Minimize(
            point => OneStepMse(history, point[0], point[1]),
            lower: [1e-4, 0],
            upper: [1 - 1e-4, maximum],
            starts: [[0.1, history[0]], [0.5, history.Take(4).Average()]]);
        double alpha = best[0];
        double initialLevel = best[1];
        return new SmoothingParameters(
            alpha,
            Beta: 0,
            Phi: 0,
            initialLevel,
            InitialTrend: 0,
            Level: FinalLevel(history, alpha, initialLevel),
            Trend: 0,
            Mse: OneStepMse(history, alpha, initialLevel));
    }

    /// <inheritdoc/>
    protected override double[] ForecastValidated(IReadOnlyList<double> history, int horizon)
    {
        SmoothingParameters fit = Fit(history);
        return Enumerable.Repeat(Math.Max(0, fit.Level), horizon).ToArray();
    }

    internal static double OneStepMse(IReadOnlyList<double> history, double alpha, double initialLevel)
    {
        double level = initialLevel;
        double sum = 0;
        foreach (double value in history)
        {
            double error = value - level;
            sum += error * error;
            level += alpha * error;
        }

        return sum / history.Count;
    }

    private static double FinalLevel(IReadOnlyList<double> history, double alpha, double initialLevel)
    {
        double level = initialLevel;
        foreach (double value in history)
        {
            level += alpha * (value - level);
        }

        return level;
    }
}
