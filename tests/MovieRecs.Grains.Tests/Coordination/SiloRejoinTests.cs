using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using MovieRecs.Silo;
using Orleans.TestingHost;

namespace MovieRecs.Grains.Tests.Coordination;

/// <summary>
/// A silo that joins after ratings were posted loads more ratings than the silo that ran the first
/// build, as a silo restarted in a running cluster does. The next build must still give it shards.
/// </summary>
public sealed class SiloRejoinTests : IAsyncLifetime
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string _dataDirectory = SyntheticDataset.CreateDirectory();
    private readonly string _sqliteDirectory = Directory.CreateTempSubdirectory("movierecs-rejoin-").FullName;
    private InProcessTestCluster? _cluster;

    private InProcessTestCluster Cluster => _cluster!;

    private ICoordinatorGrain Coordinator => Cluster.Client.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddMovieRecsServices(new MovieRecsSiloOptions
        {
            DataDirectory = _dataDirectory,
            SqlitePath = Path.Combine(_sqliteDirectory, "movierecs.db"),
            ShardCount = 4,
            BuildSimilarityOnStartup = false,
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
    public async Task Rebuild_SiloJoinedWithNewerRatings_RunsShardsOnBoth()
    {
        SimilarityJobStatus first = await BuildAsync(ItemSimilarityMetric.Cosine);
        await Cluster.Client.GetGrain<IUserGrain>(1).AddRatingAsync(SyntheticDataset.UnratedMovieId, 4.5);
        await Cluster.StartAdditionalSiloAsync();
        await Cluster.WaitForLivenessToStabilizeAsync();

        SimilarityJobStatus second = await BuildAsync(ItemSimilarityMetric.Cosine);

        Assert.Single(first.Shards.Select(shard => shard.Silo).Distinct());
        Assert.Equal(SimilarityJobState.Completed, second.State);
        Assert.True(second.JobVersion > first.JobVersion);
        Assert.Equal(2, second.Shards.Select(shard => shard.Silo).Distinct().Count());
        Assert.All(second.Shards, shard => Assert.NotNull(shard.DatasetFingerprint));
        Assert.Contains(second.Shards, shard => shard.DatasetFingerprint == second.DatasetFingerprint);
        Assert.Contains(second.Shards, shard => shard.DatasetFingerprint != second.DatasetFingerprint);
    }

    private async Task<SimilarityJobStatus> BuildAsync(ItemSimilarityMetric metric)
    {
        SimilarityJobStatus started = await Coordinator.StartSimilarityJobAsync(metric, rebuild: true);
        return await Polling.WaitForAsync(
            () => Coordinator.GetSimilarityStatusAsync(metric),
            status => status.JobVersion >= started.JobVersion && status.State is SimilarityJobState.Completed or SimilarityJobState.Failed,
            BuildTimeout,
            $"{metric} similarity build {started.JobVersion} to end");
    }
}
