namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The agreement (adjusted Rand index) of the chosen segmentation with refits under other seeds.
/// </summary>
/// <param name="Seeds">The seeds of the refits.</param>
/// <param name="AdjustedRandIndexes">
/// The index of each refit; 1 is the same partition, about 0 chance agreement.
/// </param>
/// <param name="Mean">The mean index.</param>
/// <param name="Min">The lowest index.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SegmentStabilityResult")]
public sealed record SegmentStabilityResult(
    [property: Id(0)] IReadOnlyList<int> Seeds,
    [property: Id(1)] IReadOnlyList<double> AdjustedRandIndexes,
    [property: Id(2)] double Mean,
    [property: Id(3)] double Min);
