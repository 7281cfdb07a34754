using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// Polls the <see cref="IDataReloadGrain"/> every <see cref="ModelStoreOptions.DataReloadPollInterval"/>,
/// reloads this silo's model store when a newer reload was requested, and reports what the silo has
/// loaded on every poll.
/// </summary>
public sealed partial class DataReloadPoller(
    RecommendationModelStore store,
    IGrainFactory grainFactory,
    ILocalSiloDetails siloDetails,
    IOptions<ModelStoreOptions> options,
    TimeProvider timeProvider,
    ILogger<DataReloadPoller> logger) : BackgroundService
{
    private readonly ILogger _logger = logger;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval = options.Value.DataReloadPollInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        // A reload requested before this silo started is covered by the silo's own first load.
        long loadedVersion = timeProvider.GetUtcNow().UtcTicks;
        DateTimeOffset loadedAt = timeProvider.GetUtcNow();
        string? error = null;
        using var timer = new PeriodicTimer(interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!store.IsLoaded)
            {
                continue;
            }

            var grain = grainFactory.GetGrain<IDataReloadGrain>(CoordinatorKeys.Default);
            try
            {
                long requested = await grain.GetRequestedVersionAsync();
                if (requested > loadedVersion)
                {
                    error = await ReloadAsync(requested, stoppingToken);
                    loadedVersion = requested;
                    loadedAt = timeProvider.GetUtcNow();
                }

                DatasetSummary summary = store.Summary;
                await grain.ReportAsync(new SiloDataReport(
                    siloDetails.SiloAddress.ToString(),
                    loadedVersion,
                    summary.Fingerprint,
                    summary.RatingCount,
                    loadedAt,
                    error));
            }
            catch (Exception exception) when (exception is OrleansException or TimeoutException)
            {
                // The grain's silo may be starting or lost; the next poll tries again.
                LogPollFailed(exception.Message);
            }
        }
    }

    /// <summary>Reloads the store; returns why it failed, or null when it succeeded.</summary>
    private async Task<string?> ReloadAsync(long version, CancellationToken cancellationToken)
    {
        LogReloadStarted(version);
        try
        {
            await Task.Run(() => store.ReloadAsync(cancellationToken), cancellationToken);
            LogReloaded(version, store.Summary.RatingCount, store.Summary.Fingerprint);
            return null;
        }
        // A reload has no caller to raise to, so the error goes to the report, and the silo keeps
        // serving its earlier data.
#pragma warning disable CA1031
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogReloadFailed(exception, version);
            return exception.Message;
        }
    }

    [LoggerMessage(EventId = 2108, Level = LogLevel.Information, Message = "Reloading the data for reload {Version}")]
    private partial void LogReloadStarted(long version);

    [LoggerMessage(
        EventId = 2109,
        Level = LogLevel.Information,
        Message = "Reloaded the data for reload {Version}: {RatingCount} ratings, fingerprint {Fingerprint}")]
    private partial void LogReloaded(long version, int ratingCount, string fingerprint);

    [LoggerMessage(
        EventId = 2110,
        Level = LogLevel.Error,
        Message = "Data reload {Version} failed; the silo keeps serving its earlier data")]
    private partial void LogReloadFailed(Exception exception, long version);

    [LoggerMessage(
        EventId = 2111,
        Level = LogLevel.Debug,
        Message = "Could not reach the data reload grain; polling again later: {Reason}")]
    private partial void LogPollFailed(string reason);
}
