using System.Diagnostics;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Telemetry;

namespace MovieRecs.Grains.Coordination;

public sealed partial class CoordinatorGrain
{
    private const int MaxEvaluationAttempts = 5;
    private static readonly TimeSpan EvaluationRetryPause = TimeSpan.FromSeconds(3);

    /// <inheritdoc />
    public Task<EvaluationReport> RunEvaluationAsync(
        EvaluationRequest request,
        CancellationToken cancellationToken = default)
    {
        string[] models = ResolveEvaluationModels(request);
        return RunEvaluationAsync(NewEvaluationJobId(), models, request, finished: [], onModelDone: null, cancellationToken);
    }

    /// <summary>
    /// Validates an evaluation request and returns its models in catalogue spelling; every model
    /// of the catalogue when the request names none.
    /// </summary>
    private static string[] ResolveEvaluationModels(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EvaluationRequestRules.Validate(request);
        return request.Models.Count == 0
            ? RecommenderCatalog.Names.ToArray()
            : request.Models.Select(ModelNames.Resolve).ToArray();
    }

    private static string NewEvaluationJobId() => "evaluation-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// Evaluates the models, each on the worker of its slot, and awaits <paramref name="onModelDone"/>
    /// on the grain's thread after each model that finished. A model with a result in
    /// <paramref name="finished"/>, from before the job was resumed, keeps that result.
    /// </summary>
    private async Task<EvaluationReport> RunEvaluationAsync(
        string jobId,
        string[] models,
        EvaluationRequest request,
        IReadOnlyList<ModelEvaluationResult> finished,
        Func<ModelEvaluationResult, Task>? onModelDone,
        CancellationToken cancellationToken)
    {
        Dictionary<string, ModelEvaluationResult> kept = finished.ToDictionary(result => result.Model, StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        using Activity? activity = MovieRecsActivities.Source.StartActivity("evaluation");
        activity?.SetTag("movierecs.job.id", jobId);
        LogEvaluationStarted(jobId, models.Length, request.Holdout);
        JobProgress progress = metrics.StartJob(MovieRecsTelemetry.EvaluationJob, string.Empty, models.Length);

        ModelEvaluationResult[] results;
        try
        {
            // Worker slot i runs on silo i mod N, so consecutive models land on different silos.
            results = await Task.WhenAll(models.Select(async (model, slot) =>
            {
                if (kept.TryGetValue(model, out ModelEvaluationResult? earlier))
                {
                    progress.CompleteShard();
                    return earlier;
                }

                ModelEvaluationResult result = await EvaluateModelAsync(slot, model, request, progress, cancellationToken);
                if (onModelDone is not null)
                {
                    await onModelDone(result);
                }

                return result;
            }));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The caller gets the exception; the log keeps the job id and the run time with it.
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            metrics.RecordJobDuration(MovieRecsTelemetry.EvaluationJob, string.Empty, completed: false, clock.Elapsed);
            LogEvaluationFailed(exception, jobId, clock.ElapsedMilliseconds);
            throw;
        }

        int siloCount = results.Select(result => result.Silo).Distinct().Count();
        metrics.RecordJobDuration(MovieRecsTelemetry.EvaluationJob, string.Empty, completed: true, clock.Elapsed);
        LogEvaluationFinished(jobId, models.Length, siloCount, clock.ElapsedMilliseconds);
        var report = new EvaluationReport(
            results[0].Split,
            results,
            clock.Elapsed.TotalSeconds,
            timeProvider.GetUtcNow());
        await StoreLatestEvaluationAsync(jobId, report);
        return report;
    }

    /// <inheritdoc />
    public Task<EvaluationReport?> GetLatestEvaluationAsync() => Task.FromResult(state.State.LatestEvaluation);

    /// <summary>
    /// Keeps the report as the latest unless a run that finished later is already stored, since
    /// reentrant runs can finish in any order.
    /// </summary>
    private async Task StoreLatestEvaluationAsync(string jobId, EvaluationReport report)
    {
        EvaluationReport? stored = state.State.LatestEvaluation;
        if (stored is not null && stored.FinishedAt > report.FinishedAt)
        {
            return;
        }

        state.State.LatestEvaluation = report;
        try
        {
            await PersistAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The caller still gets its report, and this activation keeps it as the latest; only
            // a later activation would miss it.
            LogLatestEvaluationNotStored(exception, jobId);
        }
    }

    /// <summary>
    /// Evaluates one model on the worker of its slot. When the worker's silo is lost, the model
    /// runs again on the silo that hosts the slot next, while the models that finished elsewhere
    /// keep their results.
    /// </summary>
    private async Task<ModelEvaluationResult> EvaluateModelAsync(
        int slot,
        string model,
        EvaluationRequest request,
        JobProgress progress,
        CancellationToken cancellationToken)
    {
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return await GrainFactory
                        .GetGrain<IEvaluationWorkerGrain>(slot)
                        .EvaluateAsync(model, request, cancellationToken);
                }
                catch (OrleansMessageRejectionException rejection) when (attempt < MaxEvaluationAttempts)
                {
                    LogEvaluationRetried(model, attempt, MaxEvaluationAttempts, rejection.Message);
                }

                // Orleans declares a lost silo dead within seconds and then places the slot elsewhere.
                await Task.Delay(EvaluationRetryPause, timeProvider, cancellationToken);
            }
        }
        finally
        {
            progress.CompleteShard();
        }
    }
}
