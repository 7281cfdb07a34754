namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>One point of an ROC curve: the rates at one score threshold.</summary>
/// <param name="FalsePositiveRate">
/// The share of customers who did not buy again that score at or above the threshold.
/// </param>
/// <param name="TruePositiveRate">The share of customers who bought again that score at or above the threshold.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RocPointResult")]
public sealed record RocPointResult(
    [property: Id(0)] double FalsePositiveRate,
    [property: Id(1)] double TruePositiveRate);
