using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Storage;
using Orleans.Concurrency;

namespace MovieRecs.Grains.Health;

/// <summary>
/// Pings the silo's system of record for readiness checks. One activation per silo, which runs
/// the check on the silo that received the call.
/// </summary>
/// <remarks>
/// Readiness probes repeat every few seconds, so the grain logs a failure when the store becomes
/// unreachable and the recovery with the number of failed checks, not every failed check.
/// </remarks>
[StatelessWorker(1)]
public sealed partial class RatingStoreHealthGrain(
    IRatingStore ratingStore,
    ILocalSiloDetails siloDetails,
    ILogger<RatingStoreHealthGrain> logger) : Grain, IRatingStoreHealthGrain
{
    private readonly ILogger _logger = logger;
    private int _failedChecks;

    /// <inheritdoc />
    public async Task<RatingStoreHealth> CheckAsync(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);

        string silo = siloDetails.SiloAddress.ToString();
        long started = Stopwatch.GetTimestamp();
        string? error = null;
        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await ratingStore.PingAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested)
        {
            error = $"The {ratingStore.Provider} rating store did not answer within {timeout.TotalSeconds} s.";
        }
        catch (Exception exception) when (exception is DbException or IOException or InvalidOperationException)
        {
            error = $"The {ratingStore.Provider} rating store is unreachable: {exception.Message}";
            if (_failedChecks == 0)
            {
                LogUnreachable(exception, ratingStore.Provider, silo);
            }
        }

        double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (error is not null)
        {
            if (_failedChecks == 0 && timeoutSource.IsCancellationRequested)
            {
                LogTimedOut(ratingStore.Provider, silo, timeout.TotalSeconds);
            }

            _failedChecks++;
            return new RatingStoreHealth(ratingStore.Provider, silo, IsReachable: false, error, elapsedMs);
        }

        if (_failedChecks > 0)
        {
            LogReachableAgain(ratingStore.Provider, silo, _failedChecks);
            _failedChecks = 0;
        }

        return new RatingStoreHealth(ratingStore.Provider, silo, IsReachable: true, Error: null, elapsedMs);
    }

    [LoggerMessage(
        EventId = 2090,
        Level = LogLevel.Warning,
        Message = "The {Provider} rating store is unreachable from silo {Silo}; readiness checks fail " +
            "until it answers")]
    private partial void LogUnreachable(Exception exception, string provider, string silo);

    [LoggerMessage(
        EventId = 2091,
        Level = LogLevel.Warning,
        Message = "The {Provider} rating store did not answer silo {Silo} within {TimeoutSeconds} s; " +
            "readiness checks fail until it answers")]
    private partial void LogTimedOut(string provider, string silo, double timeoutSeconds);

    [LoggerMessage(
        EventId = 2092,
        Level = LogLevel.Information,
        Message = "The {Provider} rating store answers silo {Silo} again after {FailedChecks} failed checks")]
    private partial void LogReachableAgain(string provider, string silo, int failedChecks);
}
