using MathNet.Numerics.Distributions;

namespace MovieRecs.Algorithms.Evaluation;

/// <summary>The paired difference of one metric between two models over the users both scored.</summary>
/// <param name="ModelA">The first model.</param>
/// <param name="ModelB">The second model.</param>
/// <param name="Metric">The metric name, for example "precisionAtK".</param>
/// <param name="Users">The number of users both models have a value for.</param>
/// <param name="Difference">The mean of (A - B) per user with its 95% bootstrap interval.</param>
/// <param name="TStatistic">The paired t statistic of the differences.</param>
/// <param name="PValue">The two-sided p-value of the paired t-test; 1 when every difference is 0.</param>
public sealed record PairedComparison(
    string ModelA,
    string ModelB,
    string Metric,
    int Users,
    ConfidenceInterval Difference,
    double TStatistic,
    double PValue)
{
    /// <summary>
    /// Compares two evaluations like <see cref="Compare"/>, but returns null instead of throwing
    /// when fewer than two users have a value in both.
    /// </summary>
    /// <exception cref="ArgumentException">The evaluations come from different splits.</exception>
    public static PairedComparison? TryCompare(
        ModelEvaluation a,
        ModelEvaluation b,
        string metric,
        Func<UserMetrics, double?> select)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(select);
        return SharedDifferences(a, b, select).Count < 2 ? null : Compare(a, b, metric, select);
    }

    /// <summary>
    /// Compares two evaluations of the same split user by user; users for whom either metric is
    /// null are left out.
    /// </summary>
    /// <exception cref="ArgumentException">The evaluations come from different splits, or fewer than two users are shared.</exception>
    public static PairedComparison Compare(
        ModelEvaluation a,
        ModelEvaluation b,
        string metric,
        Func<UserMetrics, double?> select)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(select);
        if (a.Split != b.Split)
        {
            throw new ArgumentException($"Model {a.Model} was scored on {a.Split} but {b.Model} on {b.Split}.", nameof(b));
        }

        List<double> differences = SharedDifferences(a, b, select);
        if (differences.Count < 2)
        {
            throw new ArgumentException(
                $"Models {a.Model} and {b.Model} share {differences.Count} users with a {metric} value; a paired test needs two.",
                nameof(b));
        }

        double mean = differences.Average();
        double variance = differences.Sum(value => (value - mean) * (value - mean)) / (differences.Count - 1);
        double standardError = Math.Sqrt(variance / differences.Count);
        double t = standardError == 0 ? 0 : mean / standardError;
        double p = standardError == 0 ? 1 : 2 * (1 - StudentT.CDF(0, 1, differences.Count - 1, Math.Abs(t)));
        ConfidenceInterval interval = Bootstrap.MeanInterval(differences)!;
        return new PairedComparison(a.Model, b.Model, metric, differences.Count, interval, t, p);
    }

    private static List<double> SharedDifferences(ModelEvaluation a, ModelEvaluation b, Func<UserMetrics, double?> select)
    {
        Dictionary<int, UserMetrics> second = b.PerUser.ToDictionary(user => user.UserId);
        var differences = new List<double>();
        foreach (UserMetrics user in a.PerUser)
        {
            if (select(user) is double left && second.TryGetValue(user.UserId, out UserMetrics? other) && select(other) is double right)
            {
                differences.Add(left - right);
            }
        }

        return differences;
    }
}
