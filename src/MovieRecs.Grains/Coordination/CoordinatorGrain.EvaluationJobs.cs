using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <remarks>
/// Evaluation jobs run one at a time in the background of the coordinator. The grain state keeps
/// the last <see cref="KeptEvaluationJobs"/> jobs, and the report of a completed job becomes the
/// latest evaluation. A running job's request and the result of each model it finished are
/// written to the state, so a coordinator activated after the loss of its silo resumes the job and
/// evaluates only the models that had not finished.
/// </remarks>
public sealed partial class CoordinatorGrain
{
    /// <summary>The number of evaluation jobs, running or ended, the state keeps.</summary>
    private const int KeptEvaluationJobs = 20;

    private Task? _evaluationJob;

    /// <inheritdoc />
    public async Task<EvaluationJobStatus> StartEvaluationJobAsync(EvaluationRequest request)
    {
        string[] models = ResolveEvaluationModels(request);
        if (_evaluationJob is not null && state.State.EvaluationJobs.LastOrDefault() is { } running
            && running.State == EvaluationJobState.Running)
        {
            throw new EvaluationAlreadyRunningException(running.JobId, running.ModelsDone, running.ModelsTotal);
        }

        string jobId = NewEvaluationJobId();
        var status = new EvaluationJobStatus(
            jobId,
            EvaluationJobState.Running,
            models,
            ModelsDone: 0,
            timeProvider.GetUtcNow(),
            FinishedAt: null,
            Error: null,
            Report: null,
            request,
            FinishedModels: Array.Empty<ModelEvaluationResult>());
        SetEvaluationJob(status);
        await PersistAsync();

        // The workers run for minutes while no request keeps the coordinator busy.
        DelayDeactivation(TimeSpan.FromHours(1));
        _evaluationJob = RunEvaluationJobAsync(jobId, models, request, finished: []);
        return status;
    }

    /// <inheritdoc />
    public Task<EvaluationJobStatus> GetEvaluationJobAsync(string jobId)
    {
        EvaluationJobStatus? status = state.State.EvaluationJobs.FirstOrDefault(job => job.JobId == jobId);
        return status is null
            ? throw new UnknownEvaluationJobException(jobId, KeptEvaluationJobs)
            : Task.FromResult(status);
    }

    private async Task RunEvaluationJobAsync(
        string jobId,
        string[] models,
        EvaluationRequest request,
        IReadOnlyList<ModelEvaluationResult> finished)
    {
        // Yield first, so the start call returns before the workers are called.
        await Task.Yield();
        try
        {
            EvaluationReport report = await RunEvaluationAsync(
                jobId,
                models,
                request,
                finished,
                onModelDone: result => KeepModelResultAsync(jobId, result),
                CancellationToken.None);
            // RunEvaluationAsync has stored the report as the latest.
            UpdateEvaluationJob(jobId, job => job with
            {
                State = EvaluationJobState.Completed,
                ModelsDone = models.Length,
                FinishedAt = report.FinishedAt,
                Report = report,
                FinishedModels = null,
            });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // RunEvaluationAsync has logged the failure with the job id; the job's status keeps it.
            UpdateEvaluationJob(jobId, job => job with
            {
                State = EvaluationJobState.Failed,
                FinishedAt = timeProvider.GetUtcNow(),
                Error = exception.Message,
            });
        }
        finally
        {
            _evaluationJob = null;
        }

        await PersistAsync();
    }

    /// <summary>
    /// Stores a finished model's result with its job, so a resumed job keeps it. A failed write
    /// only costs that model's work if the job has to resume.
    /// </summary>
    private async Task KeepModelResultAsync(string jobId, ModelEvaluationResult result)
    {
        UpdateEvaluationJob(jobId, job => job with
        {
            ModelsDone = job.ModelsDone + 1,
            // A plain array: the Redis storage writes .NET type names, and a collection expression's
            // compiler-made type cannot be read back.
            FinishedModels = (job.FinishedModels ?? Array.Empty<ModelEvaluationResult>()).Append(result).ToArray(),
        });
        try
        {
            await PersistAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogModelResultNotStored(exception, jobId, result.Model);
        }
    }

    /// <summary>
    /// Resumes the job the stored state shows running, which the loss of the coordinator's silo
    /// interrupted: the models it finished keep their results and the others run again. A job
    /// stored without its request, by an older version, is marked failed instead.
    /// </summary>
    private void ResumeInterruptedEvaluations()
    {
        EvaluationJobStatus[] running = state.State.EvaluationJobs
            .Where(job => job.State == EvaluationJobState.Running)
            .ToArray();
        foreach (EvaluationJobStatus job in running)
        {
            if (job == running[^1] && job.Request is EvaluationRequest request)
            {
                IReadOnlyList<ModelEvaluationResult> finished = job.FinishedModels ?? [];
                LogEvaluationResumed(job.JobId, finished.Count, job.ModelsTotal);
                UpdateEvaluationJob(job.JobId, resumed => resumed with { ModelsDone = finished.Count });
                DelayDeactivation(TimeSpan.FromHours(1));
                _evaluationJob = RunEvaluationJobAsync(job.JobId, job.Models.ToArray(), request, finished);
                continue;
            }

            LogEvaluationInterrupted(job.JobId, job.ModelsDone, job.ModelsTotal);
            UpdateEvaluationJob(job.JobId, interrupted => interrupted with
            {
                State = EvaluationJobState.Failed,
                FinishedAt = timeProvider.GetUtcNow(),
                Error = "The coordinator was restarted while the job ran, and the job was stored without its " +
                    "request, so it cannot resume. Start the evaluation again.",
            });
        }
    }

    private void SetEvaluationJob(EvaluationJobStatus status)
    {
        List<EvaluationJobStatus> jobs = state.State.EvaluationJobs;
        jobs.Add(status);
        if (jobs.Count > KeptEvaluationJobs)
        {
            jobs.RemoveRange(0, jobs.Count - KeptEvaluationJobs);
        }
    }

    private void UpdateEvaluationJob(string jobId, Func<EvaluationJobStatus, EvaluationJobStatus> update)
    {
        List<EvaluationJobStatus> jobs = state.State.EvaluationJobs;
        int index = jobs.FindIndex(job => job.JobId == jobId);
        if (index >= 0)
        {
            jobs[index] = update(jobs[index]);
        }
    }

    [LoggerMessage(
        EventId = 2094,
        Level = LogLevel.Warning,
        Message = "Evaluation job {JobId} resumes after a coordinator restart with {ModelsDone} of {ModelsTotal} " +
            "models already evaluated")]
    private partial void LogEvaluationResumed(string jobId, int modelsDone, int modelsTotal);

    [LoggerMessage(
        EventId = 2095,
        Level = LogLevel.Warning,
        Message = "The result of model {Model} of evaluation job {JobId} could not be stored; a resumed job would " +
            "evaluate it again")]
    private partial void LogModelResultNotStored(Exception exception, string jobId, string model);

    [LoggerMessage(
        EventId = 2093,
        Level = LogLevel.Warning,
        Message = "Evaluation job {JobId} was interrupted by a coordinator restart after {ModelsDone} of " +
            "{ModelsTotal} models and is marked failed")]
    private partial void LogEvaluationInterrupted(string jobId, int modelsDone, int modelsTotal);
}
