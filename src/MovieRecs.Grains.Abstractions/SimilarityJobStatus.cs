namespace MovieRecs.Grains.Abstractions;

/// <summary>The progress of the similarity builds of one metric.</summary>
/// <param name="Metric">The similarity function.</param>
/// <param name="State">The state of the latest build.</param>
/// <param name="JobVersion">
/// The version of the latest build, running or finished; 0 before the first.
/// </param>
/// <param name="ServedVersion">
/// The version of the latest completed build, whose lists the item grains serve; 0 while none has
/// completed.
/// </param>
/// <param name="StartedAt">
/// When the latest build started, or <see langword="null"/> before the first.
/// </param>
/// <param name="FinishedAt">
/// When the latest build finished, or <see langword="null"/> while it runs.
/// </param>
/// <param name="ItemCount">The number of items of the latest completed build.</param>
/// <param name="EntryCount">
/// The number of (item, neighbor) entries of the latest completed build's symmetric graph.
/// </param>
/// <param name="Shards">
/// The shards of the latest build, running or finished, by shard index, each with its state.
/// </param>
/// <param name="Error">Why the latest build failed, or <see langword="null"/>.</param>
/// <param name="DatasetFingerprint">
/// The fingerprint of the data set the latest build runs on; a build that a restarted cluster
/// finds running on other data starts over.
/// </param>
/// <param name="Revision">
/// How many times the coordinator refreshed the lists of the served build for changed ratings; 0
/// right after a build.
/// </param>
/// <param name="RefreshedAt">When the served build's lists were last refreshed, if ever.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SimilarityJobStatus")]
public sealed record SimilarityJobStatus(
    [property: Id(0)] ItemSimilarityMetric Metric,
    [property: Id(1)] SimilarityJobState State,
    [property: Id(2)] long JobVersion,
    [property: Id(3)] long ServedVersion,
    [property: Id(4)] DateTimeOffset? StartedAt,
    [property: Id(5)] DateTimeOffset? FinishedAt,
    [property: Id(6)] int ItemCount,
    [property: Id(7)] long EntryCount,
    [property: Id(8)] IReadOnlyList<ShardRun> Shards,
    [property: Id(9)] string? Error,
    [property: Id(10)] string DatasetFingerprint = "",
    [property: Id(11)] long Revision = 0,
    [property: Id(12)] DateTimeOffset? RefreshedAt = null)
{
    /// <summary>The number of shards of the latest build that are done.</summary>
    public int ShardsDone => Shards.Count(shard => shard.State == ShardState.Done);

    /// <summary>Whether a completed build's lists are being served.</summary>
    public bool IsReady => ServedVersion > 0;

    /// <summary>
    /// The duration of the latest build, or <see langword="null"/> while it runs or before the
    /// first.
    /// </summary>
    public TimeSpan? Duration => StartedAt is { } started && FinishedAt is { } finished ? finished - started : null;

    /// <summary>Creates the status of a metric that has never been built.</summary>
    public static SimilarityJobStatus NotStarted(ItemSimilarityMetric metric) =>
        new(metric, SimilarityJobState.NotStarted, 0, 0, null, null, 0, 0, [], null);
}
