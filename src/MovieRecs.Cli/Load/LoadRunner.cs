using System.Diagnostics;

namespace MovieRecs.Cli.Load;

/// <summary>
/// Runs a scenario for a warm-up and then a measured interval, as a closed loop of workers that
/// each send their next request when the previous one completes, or as an open loop that starts
/// requests at a constant rate.
/// </summary>
internal sealed class LoadRunner(ScenarioRequests requests, LoadSettings settings)
{
    private static readonly TimeSpan EarlySend = TimeSpan.FromMilliseconds(1.5);

    private long _sequence;

    /// <summary>
    /// Runs the warm-up, whose requests are not recorded, then the measured interval, and returns
    /// what the measured interval recorded with the CPU shares of this process and of
    /// <paramref name="servers"/> over it.
    /// </summary>
    public async Task<ScenarioResult> RunAsync(
        LoadScenario scenario,
        IReadOnlyList<ProcessCpuMeter> servers,
        CancellationToken cancellationToken)
    {
        if (settings.Warmup > TimeSpan.Zero)
        {
            await RunPhaseAsync(scenario, settings.Warmup, new ScenarioRecorder(), cancellationToken).ConfigureAwait(false);
        }

        using ProcessCpuMeter self = ProcessCpuMeter.ForCurrentProcess();
        self.Start();
        foreach (ProcessCpuMeter server in servers)
        {
            server.Start();
        }

        var recorder = new ScenarioRecorder();
        TimeSpan elapsed = await RunPhaseAsync(scenario, settings.Duration, recorder, cancellationToken).ConfigureAwait(false);

        double selfShare = self.Stop() ?? 0;
        ServerCpu[] serverShares = servers
            .Select(server => new ServerCpu(server.ProcessId, server.Name, server.Stop()))
            .ToArray();
        return ScenarioResult.Create(scenario, settings, elapsed, recorder, selfShare, serverShares);
    }

    private async Task<TimeSpan> RunPhaseAsync(
        LoadScenario scenario,
        TimeSpan duration,
        ScenarioRecorder recorder,
        CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        if (settings.Rate is double rate)
        {
            await RunOpenLoopAsync(scenario, duration, rate, recorder, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await RunClosedLoopAsync(scenario, duration, recorder, cancellationToken).ConfigureAwait(false);
        }

        return Stopwatch.GetElapsedTime(start);
    }

    private Task RunClosedLoopAsync(
        LoadScenario scenario,
        TimeSpan duration,
        ScenarioRecorder recorder,
        CancellationToken cancellationToken)
    {
        long deadline = Stopwatch.GetTimestamp() + ToTicks(duration);
        Task[] workers = new Task[settings.Concurrency];
        for (int worker = 0; worker < workers.Length; worker++)
        {
            workers[worker] = Task.Run(
                async () =>
                {
                    while (Stopwatch.GetTimestamp() < deadline)
                    {
                        long sequence = Interlocked.Increment(ref _sequence) - 1;
                        RequestOutcome outcome = await requests
                            .SendAsync(scenario, sequence, cancellationToken)
                            .ConfigureAwait(false);
                        recorder.Record(outcome, TimeSpan.Zero);
                    }
                },
                cancellationToken);
        }

        return Task.WhenAll(workers);
    }

    /// <summary>
    /// Starts request k at start + k / rate, at most <see cref="EarlySend"/> early. A request waits for one of the
    /// <see cref="LoadSettings.Concurrency"/> slots when all are in flight, and its latency is
    /// counted from its intended send time, so a slow server cannot hide its queueing
    /// (coordinated omission).
    /// </summary>
    private async Task RunOpenLoopAsync(
        LoadScenario scenario,
        TimeSpan duration,
        double rate,
        ScenarioRecorder recorder,
        CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        long durationTicks = ToTicks(duration);
        using var slots = new SemaphoreSlim(settings.Concurrency, settings.Concurrency);
        for (long index = 0; ; index++)
        {
            long intended = start + (long)(index * Stopwatch.Frequency / rate);
            if (intended - start >= durationTicks)
            {
                break;
            }

            await WaitUntilAsync(intended, cancellationToken).ConfigureAwait(false);
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            long sequence = Interlocked.Increment(ref _sequence) - 1;
            _ = Task.Run(
                async () =>
                {
                    try
                    {
                        // Negative when the request went out early; only lateness is charged.
                        TimeSpan delay = Stopwatch.GetElapsedTime(intended);
                        delay = delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
                        RequestOutcome outcome = await requests
                            .SendAsync(scenario, sequence, cancellationToken)
                            .ConfigureAwait(false);
                        recorder.Record(outcome, delay);
                    }
                    finally
                    {
                        slots.Release();
                    }
                },
                CancellationToken.None);
        }

        // Every request has finished once all slots are free again.
        for (int slot = 0; slot < settings.Concurrency; slot++)
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Task.Delay can wake a millisecond or more late, so it is asked to wake early and the request
    // goes out up to EarlySend before its intended time and is then timed from when it was sent.
    private static async Task WaitUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        TimeSpan remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (remaining > EarlySend)
        {
            await Task.Delay(remaining - EarlySend, cancellationToken).ConfigureAwait(false);
        }
    }

    private static long ToTicks(TimeSpan duration) => (long)(duration.TotalSeconds * Stopwatch.Frequency);
}
