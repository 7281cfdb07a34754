using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MovieRecs.Cluster.Tests.Infrastructure;
using MovieRecs.Grains.Abstractions;
using Xunit.Abstractions;

namespace MovieRecs.Cluster.Tests;

/// <summary>
/// Clusters of one, two and three silo processes on Redis and PostgreSQL run the sharded cosine
/// build and a six-model evaluation: the work must land on every silo. The wall times are written
/// to the output as a Markdown table; with MOVIERECS_SCALE_DATA naming a MovieLens directory the
/// silos load it instead of the small synthetic set, which is how the benchmark page's scale-out
/// table is measured.
/// </summary>
[Trait("Category", "Scale")]
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    public const string DataVariable = "MOVIERECS_SCALE_DATA";

    private const int ShardCount = 12;

    private static readonly string[] Models = ["popularity", "baseline", "content", "item-knn", "biased-mf", "wals"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    [RequiresServersFact]
    public async Task SimilarityAndEvaluation_OneToThreeSilos_RunOnEverySilo()
    {
        string? data = Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } directory ? directory : null;
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Data: {data ?? "synthetic (40 movies, 60 users)"}");
        table.AppendLine("| Silos | Ready s | Build s | Shards per silo | Evaluation s | Models per silo |");
        table.AppendLine("|---|---|---|---|---|---|");
        for (int silos = 1; silos <= 3; silos++)
        {
            table.AppendLine(await MeasureAsync(silos, data));
        }

        output.WriteLine(table.ToString());
    }

    private async Task<string> MeasureAsync(int siloCount, string? data)
    {
        await using ProcessCluster cluster = await ProcessCluster.CreateAsync(data);
        try
        {
            var ready = Stopwatch.StartNew();
            var settings = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["MovieRecs:BuildSimilarityOnStartup"] = "false",
                ["MovieRecs:ShardCount"] = $"{ShardCount}",
            };
            for (int index = 0; index < siloCount; index++)
            {
                cluster.StartSilo(index, settings);
            }

            using IHost client = await ClusterClient.ConnectAsync(cluster.ClusterId);
            IGrainFactory grains = client.Services.GetRequiredService<IGrainFactory>();
            await ClusterClient.WaitForActiveSilosAsync(grains.GetGrain<IManagementGrain>(0), siloCount, StartTimeout);
            ICoordinatorGrain coordinator = grains.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
            await coordinator.GetStatusAsync();
            double readySeconds = ready.Elapsed.TotalSeconds;

            var build = Stopwatch.StartNew();
            SimilarityJobStatus status = await coordinator.BuildSimilarityAsync(ItemSimilarityMetric.Cosine);
            double buildSeconds = build.Elapsed.TotalSeconds;
            Assert.Equal(SimilarityJobState.Completed, status.State);
            Dictionary<string, int> shardsPerSilo = status.Shards
                .GroupBy(shard => shard.Silo)
                .ToDictionary(group => group.Key, group => group.Count());
            Assert.Equal(siloCount, shardsPerSilo.Count);

            var evaluation = Stopwatch.StartNew();
            EvaluationReport report = await coordinator.RunEvaluationAsync(new EvaluationRequest(Models));
            double evaluationSeconds = evaluation.Elapsed.TotalSeconds;
            Dictionary<string, int> modelsPerSilo = report.Results
                .GroupBy(result => result.Silo)
                .ToDictionary(group => group.Key, group => group.Count());
            Assert.Equal(Models.Length, report.Results.Count);
            Assert.Equal(siloCount, modelsPerSilo.Count);

            return string.Create(
                CultureInfo.InvariantCulture,
                $"| {siloCount} | {readySeconds:F1} | {buildSeconds:F2} | {Counts(shardsPerSilo)} | " +
                $"{evaluationSeconds:F1} | {Counts(modelsPerSilo)} |");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            output.WriteLine(cluster.Output());
            throw;
        }
    }

    private static string Counts(Dictionary<string, int> perSilo) =>
        string.Join(" / ", perSilo.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value));
}
