namespace MovieRecs.Algorithms.Evaluation;

/// <summary>A point estimate with a two-sided confidence interval.</summary>
/// <param name="Estimate">The statistic on the full sample.</param>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <param name="Level">The confidence level, for example 0.95.</param>
public sealed record ConfidenceInterval(double Estimate, double Lower, double Upper, double Level);
