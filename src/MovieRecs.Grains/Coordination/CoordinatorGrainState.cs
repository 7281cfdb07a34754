using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// The persisted part of the coordinator: the status of each metric's similarity builds.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.CoordinatorGrainState")]
public sealed class CoordinatorGrainState
{
    /// <summary>The status per metric; a metric is absent until its first build starts.</summary>
    [Id(0)]
    public Dictionary<ItemSimilarityMetric, SimilarityJobStatus> Jobs { get; set; } = [];

    /// <summary>
    /// The version given to the latest build of any metric; each build takes the next one.
    /// </summary>
    [Id(1)]
    public long LastVersion { get; set; }
}
