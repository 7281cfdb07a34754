namespace MovieRecs.Gateway.Cluster;

/// <summary>
/// Retries a grain call that the cluster rejected before any grain ran it: the target silo was
/// lost, or a restarted silo refused a message addressed to its previous incarnation. The
/// rejection also drops the client's cached address of the grain, so the next attempt is routed
/// afresh. Calls that reached a grain and failed there are never retried.
/// </summary>
internal sealed partial class RejectedCallRetry(ILogger<RejectedCallRetry> logger)
{
    /// <summary>Attempts per call, the first included.</summary>
    public const int MaxAttempts = 6;

    // Doubling pauses: 100, 200, 400, 800 and 1600 ms, so a call gives up within about 3.1 s plus
    // the time of its attempts. That covers a silo restarted on its old address before its old
    // incarnation is declared dead, which takes the client's routing a second or two to follow. A
    // silo that died unseen is declared dead only after several seconds of missed probes; the 503
    // with Retry-After covers that gap.
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);

    private readonly ILogger _logger = logger;

    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, fails with anything but a rejection,
    /// or was rejected <see cref="MaxAttempts"/> times; the last rejection is then rethrown.
    /// </summary>
    public async Task InvokeAsync(Func<Task> attempt, string callName, CancellationToken cancellationToken = default)
    {
        TimeSpan pause = FirstPause;
        for (int number = 1; ; number++)
        {
            try
            {
                await attempt();
                return;
            }
            catch (OrleansMessageRejectionException rejection) when (number < MaxAttempts)
            {
                LogRetry(callName, number, MaxAttempts, pause.TotalMilliseconds, rejection.Message);
            }

            await Task.Delay(pause, cancellationToken);
            pause *= 2;
        }
    }

    [LoggerMessage(
        EventId = 3020,
        Level = LogLevel.Information,
        Message = "The cluster rejected {Call} (attempt {Attempt} of {MaxAttempts}); retrying in {PauseMs} ms: {Reason}")]
    private partial void LogRetry(string call, int attempt, int maxAttempts, double pauseMs, string reason);
}
