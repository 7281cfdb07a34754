using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <remarks>
/// Evaluation jobs run one at a time in the background of the coordinator. The grain state keeps
/// the last <see cref="KeptEvaluationJobs"/> jobs, and the report of a completed job becomes the
/// latest evaluation. A job's progress lives in memory
/// and is written to the state when the job ends.
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
            Report: null);
        SetEvaluationJob(status);
        await PersistAsync();

        // The workers run for minutes while no request keeps the coordinator busy.
        DelayDeactivation(TimeSpan.FromHours(1));
        _evaluationJob = RunEvaluationJobAsync(jobId, models, request);
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

    private async Task RunEvaluationJobAsync(string jobId, string[] models, EvaluationRequest request)
    {
        // Yield first, so the start call returns before the workers are called.
        await Task.Yield();
        try
        {
            EvaluationReport report = await RunEvaluationAsync(
                jobId,
                models,
                request,
                onModelDone: () => UpdateEvaluationJob(jobId, job => job with { ModelsDone = job.ModelsDone + 1 }),
                CancellationToken.None);
            // RunEvaluationAsync has stored the report as the latest.
            UpdateEvaluationJob(jobId, job => job with
            {
                State = EvaluationJobState.Completed,
                ModelsDone = models.Length,
                FinishedAt = report.FinishedAt,
                Report = report,
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
    /// Marks the jobs the stored state shows running as failed: their workers' results went with
    /// the coordinator activation that started them.
    /// </summary>
    private void FailInterruptedEvaluations()
    {
        foreach (EvaluationJobStatus job in state.State.EvaluationJobs.ToArray())
        {
            if (job.State == EvaluationJobState.Running)
            {
                LogEvaluationInterrupted(job.JobId, job.ModelsDone, job.ModelsTotal);
                UpdateEvaluationJob(job.JobId, interrupted => interrupted with
                {
                    State = EvaluationJobState.Failed,
                    FinishedAt = timeProvider.GetUtcNow(),
                    Error = "The coordinator was restarted while the job ran, so its results were lost. " +
                        "Start the evaluation again.",
                });
            }
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
        EventId = 2093,
        Level = LogLevel.Warning,
        Message = "Evaluation job {JobId} was interrupted by a coordinator restart after {ModelsDone} of " +
            "{ModelsTotal} models and is marked failed")]
    private partial void LogEvaluationInterrupted(string jobId, int modelsDone, int modelsTotal);
}
