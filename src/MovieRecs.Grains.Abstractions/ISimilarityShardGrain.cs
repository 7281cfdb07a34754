namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// A worker that computes shards of similarity builds on its silo's copy of the rating matrix.
/// Keyed by worker slot; slot s runs on silo s mod N of the N silos ordered by address. No call
/// waits for a shard to be computed: the worker starts it in the background, stores the result in
/// the shard's <see cref="IShardResultGrain"/> and reports to the coordinator.
/// </summary>
[Alias("MovieRecs.ISimilarityShardGrain")]
public interface ISimilarityShardGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Starts computing the shard unless this worker is computing or has computed it already, and
    /// returns the address of the worker's silo.
    /// </summary>
    [Alias("StartShard")]
    Task<string> StartShardAsync(SimilarityShardRequest request);

    /// <summary>Returns what this worker knows of a shard it was asked to compute.</summary>
    [Alias("GetShardState")]
    Task<ShardWorkReport> GetShardStateAsync(ItemSimilarityMetric metric, long jobVersion, int shardIndex);
}
