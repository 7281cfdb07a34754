using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using MovieRecs.Silo;
using Orleans.TestingHost;

namespace MovieRecs.Grains.Tests.Coordination;

/// <summary>
/// A data reload on two silos: both read the ratings of record again, including a rating posted
/// after they started, and the similarity builds that follow run on the reloaded data.
/// </summary>
public sealed class DataReloadTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string _dataDirectory = SyntheticDataset.CreateDirectory();
    private readonly string _sqliteDirectory = Directory.CreateTempSubdirectory("movierecs-reload-").FullName;
    private InProcessTestCluster? _cluster;

    private InProcessTestCluster Cluster => _cluster!;

    private ICoordinatorGrain Coordinator => Cluster.Client.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);

    private IDataReloadGrain DataReload => Cluster.Client.GetGrain<IDataReloadGrain>(CoordinatorKeys.Default);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddMovieRecsServices(new MovieRecsSiloOptions
        {
            DataDirectory = _dataDirectory,
            SqlitePath = Path.Combine(_sqliteDirectory, "movierecs.db"),
            ShardCount = 4,
            BuildSimilarityOnStartup = false,
            DataReloadPollInterval = TimeSpan.FromMilliseconds(200),
            Analytics = new AnalyticsSiloOptions { RefreshInterval = AnalyticsSiloOptions.Off },
        }));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_sqliteDirectory, recursive: true);
        SyntheticDataset.DeleteDirectory(_dataDirectory);
    }

    [Fact]
    public async Task Reload_AfterPostedRating_RefitsEverySiloAndRebuilds()
    {
        DatasetSummary before = (await Coordinator.GetStatusAsync()).Data;
        SimilarityJobStatus firstBuild = await WaitForBuildAsync(
            (await Coordinator.StartSimilarityJobAsync(ItemSimilarityMetric.Cosine, rebuild: true)).JobVersion);
        await Cluster.Client.GetGrain<IUserGrain>(1).AddRatingAsync(SyntheticDataset.UnratedMovieId, 4.5);

        DataReloadStatus requested = await DataReload.RequestReloadAsync();
        DataReloadStatus done = await Polling.WaitForAsync(
            DataReload.GetStatusAsync,
            status => status.IsComplete && status.SimilarityRebuildStarted,
            Timeout,
            "both silos to reload");
        SimilarityJobStatus rebuilt = await WaitForBuildAsync(firstBuild.JobVersion + 1);

        Assert.True(requested.RequestedVersion > 0);
        Assert.False(requested.IsComplete);
        Assert.Equal(2, done.Silos.Count);
        Assert.All(done.Silos, silo =>
        {
            Assert.Null(silo.Error);
            Assert.Equal(before.RatingCount + 1, silo.RatingCount);
            Assert.NotEqual(before.Fingerprint, silo.Fingerprint);
            Assert.True(silo.Version >= requested.RequestedVersion);
        });
        Assert.Single(done.Silos.Select(silo => silo.Fingerprint).Distinct());
        Assert.Equal(SimilarityJobState.Completed, rebuilt.State);
        Assert.Equal(done.Silos[0].Fingerprint, rebuilt.DatasetFingerprint);
        Assert.All(rebuilt.Shards, shard => Assert.Equal(rebuilt.DatasetFingerprint, shard.DatasetFingerprint));
    }

    private async Task<SimilarityJobStatus> WaitForBuildAsync(long minimumVersion) =>
        await Polling.WaitForAsync(
            () => Coordinator.GetSimilarityStatusAsync(ItemSimilarityMetric.Cosine),
            status => status.JobVersion >= minimumVersion
                && status.State is SimilarityJobState.Completed or SimilarityJobState.Failed,
            Timeout,
            $"cosine similarity build {minimumVersion} to end");
}
