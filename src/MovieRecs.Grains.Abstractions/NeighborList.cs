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
/// <param name="Revision">
/// 0 for the list as the build computed it; the coordinator's refresh revision when a refresh
/// recomputed it after ratings of the movie changed.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.NeighborList")]
public sealed record NeighborList(
    [property: Id(0)] int MovieId,
    [property: Id(1)] ItemSimilarityMetric Metric,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<MovieSimilarity> Neighbors,
    [property: Id(4)] long Revision = 0)
{
    /// <summary>Whether this list is newer than <paramref name="other"/>: a later build, or a later refresh of it.</summary>
    public bool IsNewerThan(NeighborList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Version > other.Version || (Version == other.Version && Revision > other.Revision);
    }
}
