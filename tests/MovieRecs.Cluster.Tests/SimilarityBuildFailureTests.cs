using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Cluster.Tests.Infrastructure;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecs.Cluster.Tests;

/// <summary>
/// Three silo processes on Redis and PostgreSQL build the cosine similarity in twelve shards; the
/// silo whose shards are still running is killed with SIGKILL. The build must finish on the other
/// two, keep every shard that finished before the kill, run only the lost shards again, and serve
/// the same lists as the library.
/// </summary>
[Trait("Category", "Fault")]
public sealed class SimilarityBuildFailureTests(ITestOutputHelper output)
{
    private const int SiloCount = 3;
    private const int KilledSilo = 1;
    private const int ShardCount = 12;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    // The killed silo holds each of its shards this long before computing, so they are certainly
    // running when it dies; the other silos compute at once.
    private static readonly TimeSpan KilledSiloShardDelay = TimeSpan.FromMinutes(5);

    // Orleans declares the killed silo dead after missed probes (5-15 s in runs here), then the
    // coordinator's next poll starts the lost shards elsewhere.
    private static readonly TimeSpan CompletionBound = TimeSpan.FromSeconds(90);

    [RequiresServersFact]
    public async Task SiloKilledMidBuild_BuildFinishesAndKeepsFinishedShards()
    {
        await using ProcessCluster cluster = await ProcessCluster.CreateAsync();
        try
        {
            await RunScenarioAsync(cluster);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            output.WriteLine(cluster.Output());
            throw;
        }
    }

    private async Task RunScenarioAsync(ProcessCluster cluster)
    {
        for (int index = 0; index < SiloCount; index++)
        {
            var settings = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["MovieRecs:BuildSimilarityOnStartup"] = "false",
                ["MovieRecs:ShardCount"] = $"{ShardCount}",
                ["MovieRecs:ShardPollInterval"] = "00:00:00.500",
            };
            if (index == KilledSilo)
            {
                settings["MovieRecs:DrillShardDelay"] = KilledSiloShardDelay.ToString("c");
            }

            cluster.StartSilo(index, settings);
        }

        using IHost client = await ClusterClient.ConnectAsync(cluster.ClusterId);
        IGrainFactory grains = client.Services.GetRequiredService<IGrainFactory>();
        await ClusterClient.WaitForActiveSilosAsync(grains.GetGrain<IManagementGrain>(0), SiloCount, StartTimeout);
        ICoordinatorGrain coordinator = grains.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);

        SimilarityJobStatus started = await coordinator.StartSimilarityJobAsync(ItemSimilarityMetric.Cosine, rebuild: true);
        SimilarityJobStatus beforeKill = await Polling.WaitForAsync(
            () => coordinator.GetSimilarityStatusAsync(ItemSimilarityMetric.Cosine),
            status => status.Shards.Any(shard => shard.State == ShardState.Running) &&
                status.Shards.All(shard => shard.State == ShardState.Done || RunsOn(cluster, shard, KilledSilo)),
            StartTimeout,
            $"the shards of every silo but silo {KilledSilo} to finish");
        ShardRun[] finished = beforeKill.Shards.Where(shard => shard.State == ShardState.Done).ToArray();
        ShardRun[] lost = beforeKill.Shards.Where(shard => shard.State == ShardState.Running).ToArray();
        output.WriteLine(
            $"Build {started.JobVersion}: {finished.Length} shards done and {lost.Length} running on silo {KilledSilo} " +
            "when it was killed");

        cluster.Silo(KilledSilo).KillHard();
        var sinceKill = Stopwatch.StartNew();
        SimilarityJobStatus? completed = await Polling.WaitForAsync(
            () => StatusOrNullAsync(coordinator),
            status => status?.State is SimilarityJobState.Completed or SimilarityJobState.Failed,
            CompletionBound,
            $"build {started.JobVersion} to finish after the kill");
        output.WriteLine($"Build {started.JobVersion} finished {sinceKill.Elapsed.TotalSeconds:F1} s after the kill");

        Assert.True(
            completed!.State == SimilarityJobState.Completed,
            $"Build {started.JobVersion} is {completed.State}: {completed.Error}");
        Assert.Equal(started.JobVersion, completed.ServedVersion);
        Assert.Equal(ShardCount, completed.Shards.Count);
        Assert.NotEmpty(finished);
        Assert.NotEmpty(lost);
        foreach (ShardRun before in finished)
        {
            ShardRun after = completed.Shards[before.ShardIndex];
            Assert.Equal(1, after.Attempts);
            Assert.Equal(before.Silo, after.Silo);
        }

        foreach (ShardRun before in lost)
        {
            ShardRun after = completed.Shards[before.ShardIndex];
            Assert.Equal(ShardState.Done, after.State);
            Assert.Equal(2, after.Attempts);
            Assert.NotEqual(KilledSilo, cluster.SiloIndexOf(after.Silo));
        }

        await AssertSameListsAsLibraryAsync(cluster.DataDirectory, grains, started.JobVersion);
    }

    private static bool RunsOn(ProcessCluster cluster, ShardRun shard, int siloIndex) =>
        shard.State == ShardState.Running && cluster.SiloIndexOf(shard.Silo) == siloIndex;

    /// <summary>The status, or null while the coordinator's silo is lost and not yet replaced.</summary>
    private static async Task<SimilarityJobStatus?> StatusOrNullAsync(ICoordinatorGrain coordinator)
    {
        try
        {
            return await coordinator.GetSimilarityStatusAsync(ItemSimilarityMetric.Cosine);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            return null;
        }
    }

    private static async Task AssertSameListsAsLibraryAsync(string dataDirectory, IGrainFactory grains, long version)
    {
        MovieLensDataset dataset = MovieLensLoader.Load(dataDirectory);
        var library = (ItemKnnRecommender)RecommenderCatalog.Create("item-knn");
        library.Fit(TrainingData.FromDataset(dataset));
        foreach (Movie movie in dataset.Movies)
        {
            NeighborList list = await grains.GetGrain<IItemGrain>(movie.MovieId).GetNeighborsAsync(ItemSimilarityMetric.Cosine);
            IReadOnlyList<MovieNeighbor> expected = library.NeighborsOf(movie.MovieId);

            Assert.Equal(version, list.Version);
            Assert.Equal(expected.Select(neighbor => neighbor.MovieId), list.Neighbors.Select(neighbor => neighbor.MovieId));
            Assert.Equal(
                expected.Select(neighbor => neighbor.Similarity),
                list.Neighbors.Select(neighbor => neighbor.Similarity));
        }
    }
}
