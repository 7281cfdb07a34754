namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// A worker that computes one shard of a similarity build on its silo's copy of the rating matrix.
/// Keyed by worker slot; slot s runs on silo s mod N of the N silos ordered by address.
/// </summary>
[Alias("MovieRecs.ISimilarityShardGrain")]
public interface ISimilarityShardGrain : IGrainWithIntegerKey
{
    /// <summary>Computes the neighbor lists of the shard's items.</summary>
    /// <exception cref="InvalidOperationException">
    /// The silo loaded a data set with another fingerprint.
    /// </exception>
    [Alias("BuildShard")]
    [ResponseTimeout("00:30:00")]
    Task<SimilarityShardResult> BuildShardAsync(
        SimilarityShardRequest request,
        CancellationToken cancellationToken = default);
}
