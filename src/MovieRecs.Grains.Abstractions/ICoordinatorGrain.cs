namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The cluster-wide coordinator of jobs, keyed by <see cref="CoordinatorKeys.Default"/>: it builds
/// the item-item similarity in shards spread over the silos, pushes each movie's list to its item
/// grain, and runs evaluations.
/// </summary>
[Alias("MovieRecs.ICoordinatorGrain")]
public interface ICoordinatorGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts a similarity build of one metric in the background and returns at once. Starts
    /// nothing when a build is running, or when one has completed and <paramref name="rebuild"/> is
    /// false.
    /// </summary>
    [Alias("StartSimilarityJob")]
    Task<SimilarityJobStatus> StartSimilarityJobAsync(ItemSimilarityMetric metric, bool rebuild = false);

    /// <summary>
    /// Builds the similarity of one metric and returns when every item grain stores its list. Joins
    /// the running build if there is one, else starts a new version.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The build failed, for the reason in the message.
    /// </exception>
    [Alias("BuildSimilarity")]
    [ResponseTimeout("00:30:00")]
    Task<SimilarityJobStatus> BuildSimilarityAsync(ItemSimilarityMetric metric);

    /// <summary>
    /// Records that a shard worker finished a shard and stored its result. A report for a build
    /// that is not running, or for a shard already done, changes nothing.
    /// </summary>
    [Alias("ReportShardFinished")]
    Task ReportShardFinishedAsync(ItemSimilarityMetric metric, long jobVersion, ShardRun run);

    /// <summary>
    /// Records that ratings of a movie changed, so the next neighbor refresh recomputes its lists.
    /// </summary>
    [Alias("ReportItemChanged")]
    Task ReportItemChangedAsync(int movieId);

    /// <summary>Returns the status of the similarity builds of one metric.</summary>
    [Alias("GetSimilarityStatus")]
    Task<SimilarityJobStatus> GetSimilarityStatusAsync(ItemSimilarityMetric metric);

    /// <summary>
    /// Returns the data set summary and the status of every metric's similarity builds.
    /// </summary>
    [Alias("GetStatus")]
    Task<ServiceStatus> GetStatusAsync();

    /// <summary>
    /// Starts an evaluation job in the background, as <see cref="RunEvaluationAsync"/> runs it, and
    /// returns its status at once. Its report becomes the latest, see <see cref="GetLatestEvaluationAsync"/>.
    /// </summary>
    /// <exception cref="UnknownModelException">A model name is not known.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value of the request is out of range.</exception>
    /// <exception cref="EvaluationAlreadyRunningException">Another evaluation job is running.</exception>
    [Alias("StartEvaluationJob")]
    Task<EvaluationJobStatus> StartEvaluationJobAsync(EvaluationRequest request);

    /// <summary>Returns the status of an evaluation job, with its report once it has completed.</summary>
    /// <exception cref="UnknownEvaluationJobException">The coordinator does not keep the job.</exception>
    [Alias("GetEvaluationJob")]
    Task<EvaluationJobStatus> GetEvaluationJobAsync(string jobId);

    /// <summary>
    /// Evaluates models with the library's holdout evaluation, each model on a worker grain, the
    /// workers spread over the silos, and returns the results in request order. The report is
    /// also stored as the latest, see <see cref="GetLatestEvaluationAsync"/>.
    /// </summary>
    /// <exception cref="UnknownModelException">A model name is not known.</exception>
    [Alias("RunEvaluation")]
    [ResponseTimeout("01:00:00")]
    Task<EvaluationReport> RunEvaluationAsync(EvaluationRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the report of the evaluation that finished last, whatever its models and split;
    /// <see langword="null"/> when none has finished since the coordinator's state was created.
    /// </summary>
    [Alias("GetLatestEvaluation")]
    Task<EvaluationReport?> GetLatestEvaluationAsync();
}
