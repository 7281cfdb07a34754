using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MovieRecs.Cluster.Tests.Infrastructure;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecs.Cluster.Tests;

/// <summary>
/// Three silo processes on Redis and PostgreSQL run an evaluation job; the silo that hosts the
/// coordinator is killed with SIGKILL while its own models are still waiting. The coordinator
/// activated on another silo must resume the job, keep the models that finished before the kill
/// and evaluate only the others.
/// </summary>
[Trait("Category", "Fault")]
public sealed class EvaluationFailureTests(ITestOutputHelper output)
{
    private const int SiloCount = 3;
    private const int CoordinatorSilo = 0;

    // Worker slot i runs on silo i mod 3, so every silo gets two of these.
    private static readonly string[] Models = ["popularity", "top-rated", "baseline", "content", "biased-mf", "user-knn"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    // Each model on the coordinator's silo waits this long before it is evaluated, so those models
    // are certainly unfinished when the silo dies; the other silos evaluate at once.
    private static readonly TimeSpan CoordinatorSiloDelay = TimeSpan.FromMinutes(5);

    // Orleans declares the killed silo dead after missed probes (5-15 s in runs here), and the
    // next call activates the coordinator on another silo.
    private static readonly TimeSpan CompletionBound = TimeSpan.FromSeconds(120);

    [RequiresServersFact]
    public async Task CoordinatorSiloKilled_JobResumesAndKeepsFinishedModels()
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
        var common = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MovieRecs:BuildSimilarityOnStartup"] = "false",
        };
        var delayed = new Dictionary<string, string>(common, StringComparer.Ordinal)
        {
            ["MovieRecs:DrillShardDelay"] = CoordinatorSiloDelay.ToString("c"),
        };

        // The coordinator is activated while its silo is the only one, so its silo is known.
        cluster.StartSilo(CoordinatorSilo, delayed);
        using IHost client = await ClusterClient.ConnectAsync(cluster.ClusterId);
        IGrainFactory grains = client.Services.GetRequiredService<IGrainFactory>();
        IManagementGrain management = grains.GetGrain<IManagementGrain>(0);
        await ClusterClient.WaitForActiveSilosAsync(management, 1, StartTimeout);
        ICoordinatorGrain coordinator = grains.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
        await coordinator.GetStatusAsync();
        for (int index = 1; index < SiloCount; index++)
        {
            cluster.StartSilo(index, common);
        }

        await ClusterClient.WaitForActiveSilosAsync(management, SiloCount, StartTimeout);

        EvaluationJobStatus started = await coordinator.StartEvaluationJobAsync(new EvaluationRequest(Models));
        EvaluationJobStatus beforeKill = await Polling.WaitForAsync(
            () => coordinator.GetEvaluationJobAsync(started.JobId),
            status => status.ModelsDone >= Models.Length - (Models.Length / SiloCount),
            StartTimeout,
            $"the models of every silo but silo {CoordinatorSilo} to finish");
        output.WriteLine(
            $"Job {started.JobId}: {beforeKill.ModelsDone} of {Models.Length} models done when the coordinator's silo was killed");

        cluster.Silo(CoordinatorSilo).KillHard();
        var sinceKill = Stopwatch.StartNew();
        EvaluationJobStatus? resumed = await Polling.WaitForAsync(
            () => StatusOrNullAsync(coordinator, started.JobId),
            status => status is not null,
            CompletionBound,
            $"job {started.JobId} to be readable after the kill");
        EvaluationJobStatus? completed = await Polling.WaitForAsync(
            () => StatusOrNullAsync(coordinator, started.JobId),
            status => status?.State is EvaluationJobState.Completed or EvaluationJobState.Failed,
            CompletionBound,
            $"job {started.JobId} to finish after the kill");
        output.WriteLine($"Job {started.JobId} finished {sinceKill.Elapsed.TotalSeconds:F1} s after the kill");

        Assert.Equal(EvaluationJobState.Running, beforeKill.State);
        Assert.True(beforeKill.ModelsDone < Models.Length, "Every model finished before the kill, so nothing was tested.");
        Assert.True(
            resumed!.ModelsDone >= beforeKill.ModelsDone,
            $"The resumed job counts {resumed.ModelsDone} models done, fewer than the {beforeKill.ModelsDone} before the kill.");
        Assert.True(
            completed!.State == EvaluationJobState.Completed,
            $"Job {started.JobId} is {completed.State}: {completed.Error}");
        Assert.Equal(Models, completed.Report!.Results.Select(result => result.Model));
        Assert.All(completed.Report.Results, result =>
        {
            Assert.True(result.TestRatings > 0, $"{result.Model} has no test ratings");
            Assert.NotEqual(CoordinatorSilo, cluster.SiloIndexOf(result.Silo));
        });
    }

    /// <summary>The job's status, or null while the coordinator's silo is lost and not yet replaced.</summary>
    private static async Task<EvaluationJobStatus?> StatusOrNullAsync(ICoordinatorGrain coordinator, string jobId)
    {
        try
        {
            return await coordinator.GetEvaluationJobAsync(jobId);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            return null;
        }
    }
}
