using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// Asks the coordinator, once the silo is active, to build every metric's similarity that has no
/// completed build. The builds run in the background, so the silo does not wait for them.
/// </summary>
public sealed partial class SimilarityStartupTask(
    IGrainFactory grainFactory,
    ILogger<SimilarityStartupTask> logger) : IStartupTask
{
    private readonly ILogger _logger = logger;

    /// <inheritdoc />
    public async Task Execute(CancellationToken cancellationToken)
    {
        var coordinator = grainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
        foreach (ItemSimilarityMetric metric in Enum.GetValues<ItemSimilarityMetric>())
        {
            SimilarityJobStatus status = await coordinator.StartSimilarityJobAsync(metric);
            LogBuildRequested(metric, status.State, status.JobVersion);
        }
    }

    [LoggerMessage(
        EventId = 2100,
        Level = LogLevel.Information,
        Message = "Requested the {Metric} similarity build at silo start: it is {State} at version {Version}")]
    private partial void LogBuildRequested(ItemSimilarityMetric metric, SimilarityJobState state, long version);
}
