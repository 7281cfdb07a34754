namespace MovieRecs.Grains.Abstractions;

/// <summary>One movie's neighbor list from one similarity build.</summary>
/// <param name="MovieId">The MovieLens movie id the list belongs to.</param>
/// <param name="Metric">The similarity function of the build.</param>
/// <param name="Version">
/// The build's version, increasing with each build; 0 for a movie whose list has never been set.
/// </param>
/// <param name="Neighbors">
/// The neighbors, strongest first (similarity descending, then movie id ascending).
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.NeighborList")]
public sealed record NeighborList(
    [property: Id(0)] int MovieId,
    [property: Id(1)] ItemSimilarityMetric Metric,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<MovieSimilarity> Neighbors);
