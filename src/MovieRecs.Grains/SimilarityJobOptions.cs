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

    /// <summary>
    /// How often the coordinator asks the workers of running shards where they stand, to notice a
    /// shard whose silo was lost. Workers report finished shards at once, so this bounds only how
    /// late a lost shard is started again.
    /// </summary>
    public TimeSpan ProgressPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times one shard may be started before the build fails.</summary>
    public int MaxShardAttempts { get; set; } = 5;

    /// <summary>
    /// For fault drills only: how long a worker on this silo waits before it computes a similarity
    /// shard or evaluates a model, so a drill can lose a silo while that work is in flight. Zero, the default, adds no wait.
    /// </summary>
    public TimeSpan DrillShardDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How often the coordinator recomputes the neighbor lists of movies whose ratings changed;
    /// zero or less turns the refresh off, so lists change only with full builds.
    /// </summary>
    public TimeSpan NeighborRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often each silo calls the coordinator, so that after the loss of the coordinator's silo
    /// the coordinator is activated again and resumes its jobs without waiting for a client call.
    /// Zero or less turns the calls off.
    /// </summary>
    public TimeSpan CoordinatorWatchInterval { get; set; } = TimeSpan.FromSeconds(10);
}
