namespace MovieRecs.Cli.Load;

/// <summary>
/// What one scenario's measured interval recorded. <see cref="Requests"/> and the latencies count
/// successful timed requests only; failed ones are in <see cref="Errors"/>. CPU shares are
/// processor time over wall time times the cores, so 1.0 is every core busy.
/// </summary>
internal sealed record ScenarioResult(
    string Scenario,
    string Loop,
    int Concurrency,
    double? Rate,
    double Seconds,
    long Requests,
    double ThroughputPerSecond,
    LatencySummary? LatencyMs,
    long ErrorCount,
    IReadOnlyDictionary<string, long> Errors,
    double LoadGeneratorCpuShare,
    IReadOnlyList<ServerCpu> Servers)
{
    public static ScenarioResult Create(
        LoadScenario scenario,
        LoadSettings settings,
        TimeSpan elapsed,
        ScenarioRecorder recorder,
        double loadGeneratorCpuShare,
        IReadOnlyList<ServerCpu> servers)
    {
        long requests = recorder.Latencies.Count;
        return new ScenarioResult(
            LoadScenarioNames.Of(scenario),
            settings.Rate is null ? "closed" : "open",
            settings.Concurrency,
            settings.Rate,
            elapsed.TotalSeconds,
            requests,
            requests / elapsed.TotalSeconds,
            recorder.Latencies.Summarize(),
            recorder.ErrorCount,
            recorder.Errors,
            loadGeneratorCpuShare,
            servers);
    }
}

/// <summary>A server process's CPU share over a scenario, null when it exited during it.</summary>
internal sealed record ServerCpu(int ProcessId, string Name, double? CpuShare);

/// <summary>The JSON report of a load run.</summary>
internal sealed record LoadReport(
    string Url,
    string Model,
    int Count,
    int FirstUser,
    int LastUser,
    double WarmupSeconds,
    int Processors,
    string Histogram,
    IReadOnlyList<ScenarioResult> Results);
