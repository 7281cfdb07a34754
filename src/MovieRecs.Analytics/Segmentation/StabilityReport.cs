namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// How much the chosen segmentation changes under a reseed: the adjusted Rand index between the
/// chosen run and each refit with another seed.
/// </summary>
/// <param name="Seeds">The seeds of the refits.</param>
/// <param name="AdjustedRandIndexes">The index of each refit against the chosen run; 1 is the same partition.</param>
/// <param name="Mean">The mean index.</param>
/// <param name="Min">The lowest index.</param>
public sealed record StabilityReport(IReadOnlyList<int> Seeds, IReadOnlyList<double> AdjustedRandIndexes, double Mean, double Min);
