using System.Diagnostics;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

public sealed partial class CoordinatorGrain
{
    private const int MaxEvaluationAttempts = 5;
    private static readonly TimeSpan EvaluationRetryPause = TimeSpan.FromSeconds(3);

    /// <inheritdoc />
    public async Task<EvaluationReport> RunEvaluationAsync(
        EvaluationRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        EvaluationRequestRules.Validate(request);
        string[] models = request.Models.Count == 0
            ? RecommenderCatalog.Names.ToArray()
            : request.Models.Select(ModelNames.Resolve).ToArray();

        var clock = Stopwatch.StartNew();
        LogEvaluationStarted(models.Length, request.Holdout);

        // Worker slot i runs on silo i mod N, so consecutive models land on different silos.
        ModelEvaluationResult[] results = await Task.WhenAll(
            models.Select((model, slot) => EvaluateModelAsync(model, slot, request, cancellationToken)));

        int siloCount = results.Select(result => result.Silo).Distinct().Count();
        LogEvaluationFinished(models.Length, siloCount, clock.ElapsedMilliseconds);
        return new EvaluationReport(results[0].Split, results, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Evaluates one model on the worker of its slot. When the worker's silo is lost, the model
    /// runs again on the silo that hosts the slot next, while the models that finished elsewhere
    /// keep their results.
    /// </summary>
    private async Task<ModelEvaluationResult> EvaluateModelAsync(
        string model,
        int slot,
        EvaluationRequest request,
        CancellationToken cancellationToken)
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
}
