namespace MovieRecs.Analytics.Retention;

/// <summary>One point of an ROC curve: the rates of classifying at or above one score threshold as positive.</summary>
/// <param name="FalsePositiveRate">The share of negatives that score at or above the threshold.</param>
/// <param name="TruePositiveRate">The share of positives that score at or above the threshold.</param>
public sealed record RocPoint(double FalsePositiveRate, double TruePositiveRate);
