using System.Collections.Concurrent;

namespace MovieRecs.Cli.Load;

/// <summary>
/// The latencies of a scenario's successful requests and the count of its failed ones by error,
/// recorded from several threads.
/// </summary>
internal sealed class ScenarioRecorder
{
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);

    public LatencyHistogram Latencies { get; } = new();

    /// <summary>Failed requests by method and status code or failure, such as "GET 503".</summary>
    public IReadOnlyDictionary<string, long> Errors =>
        new SortedDictionary<string, long>(_errors, StringComparer.Ordinal);

    public long ErrorCount => _errors.Values.Sum();

    /// <summary>
    /// Records an outcome. <paramref name="schedulingDelay"/> is how late the operation started
    /// after its intended send time (zero in a closed loop); it is added to the latency so an
    /// open loop does not hide the time a request waited behind slow ones.
    /// </summary>
    public void Record(RequestOutcome outcome, TimeSpan schedulingDelay)
    {
        if (outcome.Error is string error)
        {
            _errors.AddOrUpdate(error, 1, (_, count) => count + 1);
            return;
        }

        Latencies.Record(outcome.Latency + schedulingDelay);
    }
}
