using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MovieRecs.Benchmarks;

/// <summary>
/// Runs seconds-long operations in the benchmark process itself: one warm-up and three timed
/// runs each, with no pilot stage, like a wall-clock median of three.
/// </summary>
/// <remarks>
/// In-process runs skip BenchmarkDotNet's per-benchmark child project, whose build needs the
/// package feed and minutes on 2 cores, and they reuse the data sets already loaded.
/// </remarks>
public sealed class MacroBenchmarkConfig : ManualConfig
{
    public MacroBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("Median3"));
    }
}

/// <summary>Runs sub-second operations in process with BenchmarkDotNet's short job: 3 warm-ups, 3 iterations.</summary>
public sealed class MicroBenchmarkConfig : ManualConfig
{
    public MicroBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"));
    }
}
