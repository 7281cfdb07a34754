namespace MovieRecs.Grains.Telemetry;

/// <summary>The finished and total shard counts of one running or finished job.</summary>
public sealed class JobProgress(int total)
{
    private int _completed;

    /// <summary>The number of shards the job was split into.</summary>
    public int Total { get; } = total;

    /// <summary>The number of shards that have finished, successfully or not.</summary>
    public int Completed => Volatile.Read(ref _completed);

    /// <summary>Counts one finished shard.</summary>
    public void CompleteShard() => Interlocked.Increment(ref _completed);
}
