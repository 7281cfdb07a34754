using System.Diagnostics;
using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Actions;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Forecasting;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;
using MovieRecs.Analytics.Segmentation;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <remarks>
/// A run reads the silo's data set as a purchase log, in which a rating is a purchase of one unit
/// whose amount is the rating. It then runs the steps one after another with the settings the
/// command line uses by default for MovieLens. A failed step leaves the previous result of that
/// step in place and the others still run. The run then counts as failed and names the step and
/// its error.
/// </remarks>
public sealed partial class AnalyticsGrain
{
    // MovieLens customers rate movies, so the segment names call them fans and the promotion
    // reasons use the verb "rated", as `movierecs segment` and `movierecs actions` do on MovieLens.
    private static readonly SegmentationOptions Segmentation = new() { CustomerNoun = "fans" };

    private Task? _run;

    /// <summary>Starts a run in the background unless one is running; a second start is a no-op.</summary>
    private void StartRun(AnalyticsRunTrigger trigger)
    {
        if (_run is not null)
        {
            LogRefreshIgnored(trigger, _lastRun!.RunId);
            return;
        }

        string runId = "analytics-" + Guid.NewGuid().ToString("N")[..8];
        _lastRun = new AnalyticsRun(
            runId,
            trigger,
            AnalyticsRunState.Running,
            timeProvider.GetUtcNow(),
            FinishedAt: null,
            DurationSeconds: null,
            Error: null,
            AnalyticsSteps.All
                .Select(step => new AnalyticsStep(step, AnalyticsRunState.Pending, null, null))
                .ToArray());
        LogRunStarted(runId, trigger);
        _run = RunAsync(runId);
    }

    private async Task RunAsync(string runId)
    {
        // Yield first, so the call that started the run returns before any step computes.
        await Task.Yield();
        var clock = Stopwatch.StartNew();
        try
        {
            PurchaseLog? log = await RunStepAsync(runId, AnalyticsSteps.Purchases, _ => ReadPurchaseLog());
            if (log is null)
            {
                SkipRemainingSteps(runId, AnalyticsSteps.Purchases);
            }
            else
            {
                _customers = log.CustomerIds.Count;
                _purchases = log.Purchases.Count;
                await RunAnalysesAsync(runId, log);
            }
        }
        finally
        {
            _run = null;
            FinishRun(clock.Elapsed);
        }
    }

    private async Task RunAnalysesAsync(string runId, PurchaseLog log)
    {
        _segments = await RunStepAsync(runId, AnalyticsSteps.Segments, stamp =>
            SegmentsMapper.Map(FactorAnalyzer.SegmentAll(log, Segmentation), stamp())) ?? _segments;
        _demand = await RunStepAsync(runId, AnalyticsSteps.Demand, stamp =>
            DemandMapper.Map(
                DemandForecaster.Run(log, new DemandForecastOptions { Level = DemandLevel.Category }),
                stamp())) ?? _demand;
        _repeat = await RunStepAsync(runId, AnalyticsSteps.Repeat, stamp =>
            RepeatMapper.Map(RepeatPurchaseForecaster.Run(log, cutoff: null, new RepeatPurchaseOptions()), stamp()))
            ?? _repeat;
        _factors = await RunStepAsync(runId, AnalyticsSteps.Factors, stamp =>
            FactorsMapper.Map(FactorAnalyzer.Run(log, new FactorOptions { Segmentation = Segmentation }), stamp()))
            ?? _factors;
        _actions = await RunStepAsync(runId, AnalyticsSteps.Actions, stamp =>
            ActionsMapper.Map(ActionPlanner.Run(log, CreateActionOptions()), stamp())) ?? _actions;
    }

    private static ActionOptions CreateActionOptions() => new()
    {
        Promotions = new PromotionOptions { Interaction = InteractionStrength.Amount, Verb = "rated" },
        Segmentation = Segmentation,
    };

    /// <summary>
    /// Reads the data set the silo loaded at start, ratings posted before that start included, with
    /// the users' demographics where the data set has them.
    /// </summary>
    private PurchaseLog ReadPurchaseLog()
    {
        if (!store.IsLoaded)
        {
            throw new InvalidOperationException(
                "The silo has not loaded its data set yet; the run can start once the silo is active.");
        }

        MovieLensDataset dataset = store.Dataset;
        IEnumerable<Customer> customers = dataset.Users.Select(user => new Customer(
            MovieLensPurchases.ToId(user.UserId),
            user.Age,
            user.Gender,
            user.Occupation,
            user.ZipCode));
        return MovieLensPurchases.FromDataset(dataset, customers);
    }

    /// <summary>
    /// Runs one step on a dedicated thread and records its outcome in the run. Returns the
    /// result, or null when the step failed; <paramref name="work"/> receives a function that
    /// stamps the result with the run id, the time and the step's duration.
    /// </summary>
    private async Task<T?> RunStepAsync<T>(string runId, string step, Func<Func<AnalyticsResultInfo>, T> work)
        where T : class
    {
        UpdateStep(step, AnalyticsRunState.Running, seconds: null, error: null);
        var clock = Stopwatch.StartNew();
        try
        {
            T result = await cpuWork.RunAsync(() => work(() => new AnalyticsResultInfo(
                runId,
                timeProvider.GetUtcNow(),
                clock.Elapsed.TotalSeconds)));
            UpdateStep(step, AnalyticsRunState.Completed, clock.Elapsed.TotalSeconds, error: null);
            _stepErrors.Remove(step);
            LogStepCompleted(runId, step, clock.ElapsedMilliseconds);
            return result;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The run goes on with the next step; the run's status keeps the error.
            UpdateStep(step, AnalyticsRunState.Failed, clock.Elapsed.TotalSeconds, exception.Message);
            _stepErrors[step] = exception.Message;
            LogStepFailed(exception, runId, step, clock.ElapsedMilliseconds);
            return null;
        }
    }

    private void SkipRemainingSteps(string runId, string failedStep)
    {
        string error = $"Not run, because step '{failedStep}' failed.";
        foreach (AnalyticsStep step in _lastRun!.Steps.Where(step => step.State == AnalyticsRunState.Pending))
        {
            UpdateStep(step.Name, AnalyticsRunState.Failed, seconds: null, error);
            _stepErrors[step.Name] = error;
        }

        LogStepsSkipped(runId, failedStep);
    }

    private void UpdateStep(string name, AnalyticsRunState state, double? seconds, string? error)
    {
        AnalyticsRun run = _lastRun!;
        _lastRun = run with
        {
            Steps = run.Steps
                .Select(step => step.Name == name ? new AnalyticsStep(name, state, seconds, error) : step)
                .ToArray(),
        };
    }

    private void FinishRun(TimeSpan elapsed)
    {
        AnalyticsRun run = _lastRun!;
        AnalyticsStep[] failed = run.Steps.Where(step => step.State != AnalyticsRunState.Completed).ToArray();
        bool completed = failed.Length == 0;
        _lastRun = run with
        {
            State = completed ? AnalyticsRunState.Completed : AnalyticsRunState.Failed,
            FinishedAt = timeProvider.GetUtcNow(),
            DurationSeconds = elapsed.TotalSeconds,
            Error = completed
                ? null
                : string.Join(" ", failed.Select(step => $"Step '{step.Name}' failed: {step.Error}")),
        };
        if (completed)
        {
            _lastCompletedRun = _lastRun;
            LogRunCompleted(run.RunId, (long)elapsed.TotalMilliseconds);
        }
        else
        {
            LogRunFailed(run.RunId, failed.Length, (long)elapsed.TotalMilliseconds, _lastRun.Error!);
        }

        metrics.RecordJobDuration(MovieRecsTelemetry.AnalyticsJob, string.Empty, completed, elapsed);
    }
}
