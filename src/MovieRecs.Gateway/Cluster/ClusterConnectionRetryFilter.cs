using Orleans.Runtime.Messaging;

namespace MovieRecs.Gateway.Cluster;

/// <summary>
/// Keeps the gateway's cluster client trying to connect while no silo gateway is up yet, so a
/// gateway that starts before the silos (or while they still load data) waits for them instead of
/// exiting. It retries with a pause that doubles from 1 s to 10 s, logs every attempt, and gives
/// up only when the host stops.
/// </summary>
internal sealed partial class ClusterConnectionRetryFilter(ILogger<ClusterConnectionRetryFilter> logger)
    : IClientConnectionRetryFilter
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(10);

    private int _attempt;

    /// <inheritdoc />
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (SiloUnavailableException or ConnectionFailedException or TimeoutException))
        {
            return false;
        }

        _attempt++;
        TimeSpan pause = TimeSpan.FromTicks(Math.Min(MaxPause.Ticks, FirstPause.Ticks << Math.Min(_attempt - 1, 8)));
        LogRetry(_attempt, pause.TotalSeconds, exception.Message);
        try
        {
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }

    [LoggerMessage(
        EventId = 3100,
        Level = LogLevel.Warning,
        Message = "No silo of the cluster accepted the gateway's connection (attempt {Attempt}); retrying in {PauseSeconds} s: {Reason}")]
    private partial void LogRetry(int attempt, double pauseSeconds, string reason);
}
