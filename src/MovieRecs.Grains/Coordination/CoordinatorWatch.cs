using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// Calls the coordinator every <see cref="SimilarityJobOptions.CoordinatorWatchInterval"/>. When the
/// coordinator's silo is lost, the next call activates it on a live silo, where it resumes the
/// similarity build and the evaluation job its stored state shows running.
/// </summary>
public sealed partial class CoordinatorWatch(
    RecommendationModelStore store,
    IGrainFactory grainFactory,
    IOptions<SimilarityJobOptions> options,
    TimeProvider timeProvider,
    ILogger<CoordinatorWatch> logger) : BackgroundService
{
    private readonly ILogger _logger = logger;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval = options.Value.CoordinatorWatchInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!store.IsLoaded)
            {
                continue;
            }

            try
            {
                await grainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default).GetStatusAsync();
            }
            catch (Exception exception) when (exception is OrleansException or TimeoutException)
            {
                // The coordinator's silo may be lost and not yet declared dead; the next tick tries again.
                LogCallFailed(exception.Message);
            }
        }
    }

    [LoggerMessage(
        EventId = 2112,
        Level = LogLevel.Debug,
        Message = "Could not reach the coordinator; calling it again on the next tick: {Reason}")]
    private partial void LogCallFailed(string reason);
}
