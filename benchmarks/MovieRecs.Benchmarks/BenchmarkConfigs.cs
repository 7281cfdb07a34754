using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MovieRecs.Benchmarks;

/// <summary>
/// Runs seconds-long operations in the benchmark process itself: three timed runs each with no
/// warm-up or pilot stage, like a wall-clock median of three, so the first run includes the JIT.
/// </summary>
/// <remarks>
/// In-process runs skip BenchmarkDotNet's per-benchmark child project, whose build needs the
/// package feed and minutes on 2 cores, and they reuse the data sets already loaded. A case may
/// take up to an hour, because slow fits under load pass the toolchain's default limit of minutes.
/// </remarks>
public sealed class MacroBenchmarkConfig : ManualConfig
{
    /// <summary>The longest a benchmark case may run in process.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromHours(1);

    public MacroBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(3)
            .WithToolchain(new InProcessEmitToolchain(CaseTimeout, logOutput: true))
            .WithId("Median3"));
    }
}

/// <summary>Runs sub-second operations in process with BenchmarkDotNet's short job: 3 warm-ups, 3 iterations.</summary>
public sealed class MicroBenchmarkConfig : ManualConfig
{
    public MicroBenchmarkConfig()
    {
        // The setup fits the model, which takes minutes for the slow models under load.
        AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(MacroBenchmarkConfig.CaseTimeout, logOutput: true)).WithId("Short"));
    }
}
