using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// The persisted part of the coordinator: the status of each metric's similarity builds, the
/// movies and users a neighbor refresh must revisit, the latest evaluation report and the recent
/// evaluation jobs.
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

    /// <summary>
    /// The movies whose ratings changed since the last neighbor refresh, so a coordinator that is
    /// activated again still refreshes them.
    /// </summary>
    [Id(2)]
    public HashSet<int> ChangedItems { get; set; } = [];

    /// <summary>
    /// Every user whose ratings changed since the silos loaded their snapshot; a refresh computes
    /// rows with these users' current ratings in place of the snapshot's.
    /// </summary>
    [Id(3)]
    public HashSet<int> ChangedUsers { get; set; } = [];

    /// <summary>
    /// The report of the evaluation that finished last, kept so the gateway can chart it; null
    /// until one finishes.
    /// </summary>
    [Id(4)]
    public EvaluationReport? LatestEvaluation { get; set; }

    /// <summary>The most recent evaluation jobs, oldest first, running ones included.</summary>
    [Id(5)]
    public List<EvaluationJobStatus> EvaluationJobs { get; set; } = [];
}
