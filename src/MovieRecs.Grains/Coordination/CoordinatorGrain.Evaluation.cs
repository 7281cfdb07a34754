using System.Diagnostics;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

public sealed partial class CoordinatorGrain
{
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
        ModelEvaluationResult[] results = await Task.WhenAll(models.Select((model, slot) => GrainFactory
            .GetGrain<IEvaluationWorkerGrain>(slot)
            .EvaluateAsync(model, request, cancellationToken)));

        int siloCount = results.Select(result => result.Silo).Distinct().Count();
        LogEvaluationFinished(models.Length, siloCount, clock.ElapsedMilliseconds);
        return new EvaluationReport(results[0].Split, results, clock.Elapsed.TotalSeconds);
    }
}
