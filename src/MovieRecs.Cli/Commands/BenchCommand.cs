using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs bench`: times parts of the system on real data, for the benchmark page.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Time parts of MovieRecs on a data set.") { CreateSimilarity() };
        return command;
    }

    private static Command CreateSimilarity()
    {
        Option<string?> data = CommonOptions.CreateDataOption();
        Option<FileInfo?> json = CommonOptions.CreateJsonOption("Also write the timings to FILE as JSON.");
        var runs = new Option<int>("--runs")
        {
            Description = "The number of timed builds after the untimed warm-up builds; the median is reported.",
            DefaultValueFactory = _ => 5,
        };
        CommonOptions.AddRangeValidator(runs, 1, 1000, "between 1 and 1000");
        var warmups = new Option<int>("--warmups")
        {
            Description = "The number of untimed builds before the timed ones; 0 suits data sets whose build takes minutes.",
            DefaultValueFactory = _ => 1,
        };
        CommonOptions.AddRangeValidator(warmups, 0, 100, "between 0 and 100");
        var metric = new Option<string>("--metric")
        {
            Description = "The similarity: cosine or pearson.",
            DefaultValueFactory = _ => "cosine",
        };
        metric.AcceptOnlyFromAmong("cosine", "pearson");
        var neighbors = new Option<int>("--neighbors")
        {
            Description = "The strongest neighbors each item keeps.",
            DefaultValueFactory = _ => 100,
        };
        CommonOptions.AddRangeValidator(neighbors, 1, 100_000, "between 1 and 100000");

        var command = new Command("similarity", "Time the all-pairs item-item similarity build with the top neighbors kept per item.")
        {
            data, runs, warmups, metric, neighbors, json,
        };
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            var loadClock = Stopwatch.StartNew();
            MovieLensDataset dataset = await CommonOptions
                .LoadDatasetAsync(parseResult.GetValue(data), cancellationToken)
                .ConfigureAwait(false);
            double loadSeconds = loadClock.Elapsed.TotalSeconds;
            long loadPeak = PeakWorkingSetBytes();
            var matrix = RatingMatrix.Build(dataset.Ratings, dataset.Movies.Select(movie => movie.MovieId));
            var options = new ItemSimilarityOptions
            {
                Metric = parseResult.GetValue(metric) == "pearson" ? SimilarityMetric.Pearson : SimilarityMetric.Cosine,
                MaxStoredNeighbors = parseResult.GetValue(neighbors),
            };
            SimilarityBenchmark result = Measure(matrix, options, parseResult.GetValue(warmups), parseResult.GetValue(runs), cancellationToken) with
            {
                LoadSeconds = loadSeconds,
                LoadPeakWorkingSetBytes = loadPeak,
                PeakWorkingSetBytes = PeakWorkingSetBytes(),
            };

            IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            CultureInfo invariant = CultureInfo.InvariantCulture;
            console.WriteLine(
                $"{result.Metric} similarity of {result.Items:N0} items over {result.Ratings:N0} ratings, " +
                $"{result.Neighbors} neighbors kept: median {result.Seconds.ToString("F3", invariant)} s over {result.Runs} runs " +
                $"(min {result.MinSeconds.ToString("F3", invariant)} s, max {result.MaxSeconds.ToString("F3", invariant)} s), " +
                $"{result.Pairs:N0} neighbor pairs, {result.Processors} processors.");
            console.WriteLine(
                $"Load {result.LoadSeconds.ToString("F2", invariant)} s; peak working set " +
                $"{ToMebibytes(result.LoadPeakWorkingSetBytes)} MiB after the load, " +
                $"{ToMebibytes(result.PeakWorkingSetBytes)} MiB after the builds.");
            if (parseResult.GetValue(json) is FileInfo file)
            {
                await CommonOptions.WriteJsonAsync(file, result, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static SimilarityBenchmark Measure(
        RatingMatrix matrix,
        ItemSimilarityOptions options,
        int warmups,
        int runs,
        CancellationToken cancellationToken)
    {
        var builder = new ItemSimilarityBuilder(matrix, options);
        NeighborGraph graph = NeighborGraph.Empty(matrix.Items.Count);
        for (int warmup = 0; warmup < warmups; warmup++)
        {
            graph = NeighborGraph.Build(builder, cancellationToken);
        }

        var seconds = new List<double>(runs);
        for (int run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            graph = NeighborGraph.Build(builder, cancellationToken);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        double median = seconds.Count % 2 == 1
            ? seconds[seconds.Count / 2]
            : (seconds[(seconds.Count / 2) - 1] + seconds[seconds.Count / 2]) / 2;
        return new SimilarityBenchmark(
            options.Metric.ToString().ToLowerInvariant(),
            median,
            seconds[0],
            seconds[^1],
            runs,
            warmups,
            matrix.Items.Count,
            matrix.RatingCount,
            graph.EntryCount / 2,
            options.MaxStoredNeighbors,
            Environment.ProcessorCount);
    }

    // The maximum resident memory of the process so far, which is VmHWM of /proc/self/status on Linux.
    private static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static string ToMebibytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The timing of the similarity build; <see cref="Pairs"/> counts each kept neighbor pair once.
    /// The peak working sets are the process's maximum resident memory after the load and after all
    /// builds, in bytes.
    /// </summary>
    private sealed record SimilarityBenchmark(
        string Metric,
        double Seconds,
        double MinSeconds,
        double MaxSeconds,
        int Runs,
        int Warmups,
        int Items,
        int Ratings,
        long Pairs,
        int Neighbors,
        int Processors)
    {
        public double LoadSeconds { get; init; }

        public long LoadPeakWorkingSetBytes { get; init; }

        public long PeakWorkingSetBytes { get; init; }
    }
}
