namespace MovieRecs.Algorithms.Recommenders;

/// <summary>The validation metric of one candidate value of a hybrid option.</summary>
/// <param name="Value">The candidate value.</param>
/// <param name="Metric">
/// The hybrid's validation RMSE with that value (lower is better), or its mean nDCG@10 for the
/// ranking weight (higher is better).
/// </param>
/// <param name="Count">The number of validation predictions, or of ranked users, the metric is over.</param>
public sealed record HybridTuningPoint(double Value, double Metric, int Count);
