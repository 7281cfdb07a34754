namespace MovieRecs.Grains;

/// <summary>Settings of the sharded similarity build the coordinator grain runs.</summary>
public sealed class SimilarityJobOptions
{
    /// <summary>
    /// The number of shards the item range is split into; shard i runs on worker slot i.
    /// </summary>
    public int ShardCount { get; set; } = 8;

    /// <summary>The number of item grains the coordinator sends lists to at once.</summary>
    public int PushBatchSize { get; set; } = 256;
}
