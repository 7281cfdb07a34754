namespace MovieRecs.Algorithms.Evaluation;

/// <summary>
/// Percentile bootstrap confidence intervals over per-user values (Efron and Tibshirani, "An
/// Introduction to the Bootstrap", 1993): users are resampled with replacement and the statistic
/// recomputed on each resample. Seeded, so an interval is the same on every run.
/// </summary>
public static class Bootstrap
{
    /// <summary>The number of resamples used unless a caller asks for another.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>
    /// Computes the percentile interval of the mean of <paramref name="values"/>; null for an empty sample.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1, or resamples is not positive.</exception>
    public static ConfidenceInterval? MeanInterval(
        IReadOnlyList<double> values,
        double level = 0.95,
        int resamples = DefaultResamples,
        int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(values);
        return RatioInterval(values, Enumerable.Repeat(1.0, values.Count).ToArray(), level, resamples, seed);
    }

    /// <summary>
    /// Computes the percentile interval of sum(numerators) / sum(denominators) over resampled users,
    /// such as a mean squared error pooled over ratings; null for an empty sample or a zero denominator.
    /// </summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static ConfidenceInterval? RatioInterval(
        IReadOnlyList<double> numerators,
        IReadOnlyList<double> denominators,
        double level = 0.95,
        int resamples = DefaultResamples,
        int seed = 42,
        Func<double, double>? transform = null)
    {
        ArgumentNullException.ThrowIfNull(numerators);
        ArgumentNullException.ThrowIfNull(denominators);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (numerators.Count != denominators.Count)
        {
            throw new ArgumentException(
                $"The numerators have {numerators.Count} values but the denominators {denominators.Count}.",
                nameof(denominators));
        }

        transform ??= static value => value;
        double totalDenominator = denominators.Sum();
        if (numerators.Count == 0 || totalDenominator == 0)
        {
            return null;
        }

        double estimate = transform(numerators.Sum() / totalDenominator);
        var random = new Random(seed);
        var statistics = new List<double>(resamples);
        for (int resample = 0; resample < resamples; resample++)
        {
            double numerator = 0;
            double denominator = 0;
            for (int draw = 0; draw < numerators.Count; draw++)
            {
                int pick = random.Next(numerators.Count);
                numerator += numerators[pick];
                denominator += denominators[pick];
            }

            if (denominator > 0)
            {
                statistics.Add(transform(numerator / denominator));
            }
        }

        statistics.Sort();
        double tail = (1 - level) / 2;
        return new ConfidenceInterval(estimate, Quantile(statistics, tail), Quantile(statistics, 1 - tail), level);
    }

    /// <summary>Returns the linearly interpolated quantile of sorted values.</summary>
    internal static double Quantile(List<double> sorted, double probability)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        double position = probability * (sorted.Count - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
