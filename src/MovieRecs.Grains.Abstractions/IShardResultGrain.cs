namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The stored neighbor lists of one finished shard of one build, keyed by <see
/// cref="ShardResultKeys.Of"/>. They live in grain storage, so a build resumes with every shard that finished
/// before a silo was lost, and the coordinator clears them once the build is merged.
/// </summary>
[Alias("MovieRecs.IShardResultGrain")]
public interface IShardResultGrain : IGrainWithStringKey
{
    /// <summary>Stores the shard's lists, replacing any stored before.</summary>
    [Alias("Store")]
    Task StoreAsync(SimilarityShardResult result);

    /// <summary>Returns the stored lists, or <see langword="null"/> when none are stored.</summary>
    [Alias("Get")]
    Task<SimilarityShardResult?> GetAsync();

    /// <summary>Deletes the stored lists.</summary>
    [Alias("Clear")]
    Task ClearAsync();
}

/// <summary>The keys of <see cref="IShardResultGrain"/>s.</summary>
public static class ShardResultKeys
{
    /// <summary>The key of the result grain of one shard of one build, such as "cosine/3/5".</summary>
    public static string Of(ItemSimilarityMetric metric, long jobVersion, int shardIndex) =>
        $"{SimilarityMetricNames.ToName(metric)}/{jobVersion}/{shardIndex}";
}
