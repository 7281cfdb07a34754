using MathNet.Numerics.Statistics;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// A statistic over seeded repeats or resamples: its mean, its sample standard deviation and the
/// 2.5th and 97.5th percentiles, which bound a 95% percentile interval.
/// </summary>
/// <param name="Mean">The mean over the repeats.</param>
/// <param name="StandardDeviation">The sample standard deviation (n − 1), 0 for a single repeat.</param>
/// <param name="Low">The 2.5th percentile (Math.NET's default R-8 quantile).</param>
/// <param name="High">The 97.5th percentile.</param>
/// <param name="Count">The number of repeats that gave a defined value.</param>
public sealed record DistributionSummary(double Mean, double StandardDeviation, double Low, double High, int Count)
{
    /// <summary>Summarises the values, skipping NaN; null when none is defined.</summary>
    public static DistributionSummary? Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] defined = values.Where(value => !double.IsNaN(value)).ToArray();
        if (defined.Length == 0)
        {
            return null;
        }

        double sd = defined.Length > 1 ? defined.StandardDeviation() : 0;
        return new DistributionSummary(
            defined.Average(),
            sd,
            defined.Quantile(0.025),
            defined.Quantile(0.975),
            defined.Length);
    }
}
