using System.Diagnostics;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Silo;
using Orleans.TestingHost;

namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo in-process test cluster on one data set, with both similarity builds completed, and
/// the library's models fitted on the same data for comparison.
/// </summary>
/// <remarks>
/// The silos start with the startup build off, and the fixture starts the builds once both silos
/// are active, so the shards spread over both. A fixture whose data directory is null starts
/// nothing, for runs where its tests are skipped.
/// </remarks>
public abstract class ClusterFixture : IAsyncLifetime
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private InProcessTestCluster? _cluster;
    private MovieLensDataset? _dataset;
    private Dictionary<string, IRecommender>? _libraryModels;

    /// <summary>The cluster.</summary>
    public InProcessTestCluster Cluster =>
        _cluster ?? throw new InvalidOperationException("The cluster was not started.");

    /// <summary>The cluster's client.</summary>
    public IClusterClient Client => Cluster.Client;

    /// <summary>The data set, loaded by the test with the library's loader.</summary>
    public MovieLensDataset Dataset => _dataset ?? throw new InvalidOperationException("The data set was not loaded.");

    /// <summary>The library's models by name, each fitted on the whole data set.</summary>
    public IReadOnlyDictionary<string, IRecommender> LibraryModels =>
        _libraryModels ?? throw new InvalidOperationException("The library models were not fitted.");

    /// <summary>The time from the cluster build to both silos active.</summary>
    public TimeSpan DeployTime { get; private set; }

    /// <summary>The time from starting the similarity builds to both completed.</summary>
    public TimeSpan SimilarityBuildTime { get; private set; }

    protected abstract string? DataDirectory { get; }

    /// <summary>The system-of-record file both silos share, in a folder of this fixture's own.</summary>
    public string SqlitePath { get; } = Path.Combine(
        Directory.CreateTempSubdirectory("movierecs-cluster-").FullName,
        "movierecs.db");

    protected abstract int ShardCount { get; }

    /// <summary>
    /// Off unless a fixture sets it, so the lists stay the library's for tests that post ratings.
    /// </summary>
    protected virtual TimeSpan NeighborRefreshInterval => TimeSpan.Zero;

    /// <summary>
    /// The analytics settings: the scheduled refresh is off unless a fixture sets it, so no run
    /// competes with the tests for the processors.
    /// </summary>
    protected virtual AnalyticsSiloOptions Analytics => new() { RefreshInterval = AnalyticsSiloOptions.Off };

    public async Task InitializeAsync()
    {
        if (DataDirectory is not string directory)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddMovieRecsServices(new MovieRecsSiloOptions
        {
            DataDirectory = directory,
            SqlitePath = SqlitePath,
            ShardCount = ShardCount,
            BuildSimilarityOnStartup = false,
            NeighborRefreshInterval = NeighborRefreshInterval,
            Analytics = Analytics,
        }));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        DeployTime = clock.Elapsed;

        clock.Restart();
        Task libraryFit = Task.Run(() => FitLibraryModels(directory));
        var coordinator = Client.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
        foreach (ItemSimilarityMetric metric in Enum.GetValues<ItemSimilarityMetric>())
        {
            await coordinator.StartSimilarityJobAsync(metric);
        }

        ServiceStatus status = await Polling.WaitForAsync(
            coordinator.GetStatusAsync,
            current => current.IsReady || current.Similarity.Any(job => job.State == SimilarityJobState.Failed),
            BuildTimeout,
            "both similarity builds to complete");
        SimilarityBuildTime = clock.Elapsed;
        if (!status.IsReady)
        {
            IEnumerable<string> jobs = status.Similarity.Select(job => $"{job.Metric}: {job.State} {job.Error}");
            string errors = string.Join("; ", jobs);
            throw new InvalidOperationException($"A similarity build failed: {errors}");
        }

        await libraryFit;
    }

    public virtual async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(SqlitePath)!, recursive: true);
    }

    /// <summary>
    /// Returns the library's profile of a data set user, with extra ratings laid over it in order.
    /// </summary>
    public UserProfile LibraryProfile(int userId, params (int MovieId, double Rating)[] extraRatings) =>
        new(
            userId,
            Dataset.Ratings
                .Where(rating => rating.UserId == userId)
                .Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value))
                .Concat(extraRatings.Select(extra => KeyValuePair.Create(extra.MovieId, extra.Rating))));

    private void FitLibraryModels(string directory)
    {
        _dataset = MovieLensLoader.Load(directory);
        TrainingData training = TrainingData.FromDataset(_dataset);
        var models = new Dictionary<string, IRecommender>(StringComparer.Ordinal);
        foreach (string name in RecommenderCatalog.Names)
        {
            IRecommender model = RecommenderCatalog.Create(name);
            model.Fit(training);
            models.Add(name, model);
        }

        _libraryModels = models;
    }
}
