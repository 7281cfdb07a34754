namespace MovieRecs.Charts;

/// <summary>One point of an ROC curve.</summary>
/// <param name="FalsePositiveRate">The false positive rate, from 0 to 1.</param>
/// <param name="TruePositiveRate">The true positive rate, from 0 to 1.</param>
public sealed record RocCurvePoint(double FalsePositiveRate, double TruePositiveRate);
