using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Telemetry;
using MovieRecs.Grains.Workers;
using MovieRecs.Storage;
using Orleans.Concurrency;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// Runs the cluster's jobs: the sharded similarity builds (see
/// <c>CoordinatorGrain.Similarity.cs</c>) and the evaluations (see
/// <c>CoordinatorGrain.Evaluation.cs</c>).
/// </summary>
/// <remarks>
/// The grain is reentrant so status calls, which every item-knn request makes, are served while a
/// build awaits its workers. All of its code still runs on one thread at a time, so the job
/// dictionaries need no lock. Only the storage writes are chained, because two overlapping writes
/// of one grain state can fail the storage provider's ETag check.
/// </remarks>
[Reentrant]
public sealed partial class CoordinatorGrain(
    [PersistentState("jobs", GrainStorage.Name)] IPersistentState<CoordinatorGrainState> state,
    RecommendationModelStore store,
    IRatingStore ratingStore,
    CpuWorkLimiter cpuWork,
    MovieRecsMetrics metrics,
    IOptions<SimilarityJobOptions> jobOptions,
    TimeProvider timeProvider,
    ILogger<CoordinatorGrain> logger) : Grain, ICoordinatorGrain
{
    private static readonly ItemSimilarityMetric[] Metrics =
        [ItemSimilarityMetric.Cosine, ItemSimilarityMetric.Pearson];

    private readonly ILogger _logger = logger;
    private readonly Dictionary<ItemSimilarityMetric, Task> _runningJobs = [];
    private Task _pendingWrite = Task.CompletedTask;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ResumeRunningJobs();
        ResumeInterruptedEvaluations();
        if (state.State.ChangedItems.Count > 0)
        {
            StartRefreshTimer();
        }

        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<SimilarityJobStatus> GetSimilarityStatusAsync(ItemSimilarityMetric metric) =>
        Task.FromResult(GetStatus(metric));

    /// <inheritdoc />
    public Task<ServiceStatus> GetStatusAsync() =>
        Task.FromResult(new ServiceStatus(store.Summary, Metrics.Select(GetStatus).ToArray()));

    private SimilarityJobStatus GetStatus(ItemSimilarityMetric metric) =>
        state.State.Jobs.TryGetValue(metric, out SimilarityJobStatus? status)
            ? status
            : SimilarityJobStatus.NotStarted(metric);

    /// <summary>
    /// Writes the state after any write still in flight, so two writes never overlap.
    /// </summary>
    private Task PersistAsync()
    {
        _pendingWrite = WriteAfterAsync(_pendingWrite);
        return _pendingWrite;
    }

    private async Task WriteAfterAsync(Task previousWrite)
    {
        // The caller of the previous write observes its failure; this write goes ahead regardless.
        await previousWrite.ConfigureAwait(
            ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        await state.WriteStateAsync();
    }
}
