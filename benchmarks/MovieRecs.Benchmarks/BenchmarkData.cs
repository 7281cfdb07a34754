using System.Collections.Concurrent;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Data.Synthetic;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Benchmarks;

/// <summary>
/// The data sets the benchmarks run on, by name: "ml-latest-small" from MOVIERECS_DATA, and
/// "synthetic-1M" and "synthetic-10M" from <c>movierecs data synth</c> with seed 42, written once
/// into the cache folder and reused by later runs.
/// </summary>
/// <remarks>
/// The cache folder is MOVIERECS_BENCH_CACHE when set, else artifacts/synthetic under the
/// repository root (the first parent folder with MovieRecs.sln). MOVIERECS_BENCH_DATASETS,
/// a comma-separated list of names, limits the data sets; the default is all three.
/// </remarks>
public static class BenchmarkData
{
    public const string MovieLensSmall = "ml-latest-small";
    public const string DataSetsVariable = "MOVIERECS_BENCH_DATASETS";
    public const string CacheVariable = "MOVIERECS_BENCH_CACHE";
    public const string ModelsVariable = "MOVIERECS_BENCH_MODELS";

    private static readonly Dictionary<string, long> SyntheticSizes = new(StringComparer.Ordinal)
    {
        ["synthetic-1M"] = 1_000_000,
        ["synthetic-10M"] = 10_000_000,
    };

    private static readonly ConcurrentDictionary<string, Lazy<MovieLensDataset>> Datasets = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<TrainTestSplit>> Splits = new(StringComparer.Ordinal);

    /// <summary>The data set names to run, from MOVIERECS_BENCH_DATASETS or all of them.</summary>
    public static IEnumerable<string> DataSetNames() =>
        FromEnvironment(DataSetsVariable, [MovieLensSmall, .. SyntheticSizes.Keys], IsKnownDataSet, "data set");

    /// <summary>The catalogue models to run, from MOVIERECS_BENCH_MODELS or all of them.</summary>
    public static IEnumerable<string> ModelNames() =>
        FromEnvironment(ModelsVariable, RecommenderCatalog.Names, RecommenderCatalog.Contains, "model");

    /// <summary>Loads a data set once per process, writing a synthetic one first when it is not cached.</summary>
    public static MovieLensDataset Load(string name) =>
        Datasets.GetOrAdd(name, key => new Lazy<MovieLensDataset>(() => MovieLensLoader.Load(Locate(key)))).Value;

    /// <summary>The temporal holdout of a data set: each user's latest fifth is the test part.</summary>
    public static TrainTestSplit TemporalSplit(string name) =>
        Splits.GetOrAdd(name, key => new Lazy<TrainTestSplit>(() => DataSplitter.TemporalHoldout(Load(key).Ratings))).Value;

    /// <summary>Returns the folder of a data set, generating a synthetic one when it is missing.</summary>
    public static string Locate(string name)
    {
        if (name == MovieLensSmall)
        {
            return Environment.GetEnvironmentVariable("MOVIERECS_DATA") is { Length: > 0 } directory
                ? directory
                : throw new InvalidOperationException(
                    $"Set MOVIERECS_DATA to an ml-latest-small folder to benchmark '{name}', or leave it out with " +
                    $"{DataSetsVariable}.");
        }

        if (!SyntheticSizes.TryGetValue(name, out long ratings))
        {
            throw new ArgumentException(
                $"Unknown data set '{name}'. Known data sets: {MovieLensSmall}, {string.Join(", ", SyntheticSizes.Keys)}.",
                nameof(name));
        }

        string folder = Path.Combine(CacheFolder(), $"ratings-{ratings}-seed-42");
        if (!File.Exists(Path.Combine(folder, MovieLensLoader.RatingsFile)))
        {
            Console.WriteLine($"Writing {ratings:N0} synthetic ratings to {folder} once.");
            SyntheticDataGenerator.Write(folder, new SyntheticDataOptions { Ratings = ratings, Seed = 42 });
        }

        return folder;
    }

    private static string CacheFolder()
    {
        if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } cache)
        {
            return cache;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MovieRecs.sln")))
            {
                return Path.Combine(directory.FullName, "artifacts", "synthetic");
            }
        }

        throw new InvalidOperationException(
            $"MovieRecs.sln was not found above {AppContext.BaseDirectory}; set {CacheVariable} to a folder for the " +
            "synthetic data.");
    }

    private static bool IsKnownDataSet(string name) => name == MovieLensSmall || SyntheticSizes.ContainsKey(name);

    private static IEnumerable<string> FromEnvironment(
        string variable,
        IEnumerable<string> defaults,
        Func<string, bool> isKnown,
        string kind)
    {
        if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } value)
        {
            return defaults;
        }

        string[] names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string name in names)
        {
            if (!isKnown(name))
            {
                throw new ArgumentException(
                    $"{variable} names the unknown {kind} '{name}'. Known values: {string.Join(", ", defaults)}.");
            }
        }

        return names;
    }
}
