using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Coordination;
using MovieRecs.Grains.Placement;

namespace MovieRecs.Grains.Workers;

/// <summary>
/// Evaluates one model with the library's holdout evaluation on the silo's own data set.
/// </summary>
[KeyModuloPlacement]
public sealed class EvaluationWorkerGrain(
    RecommendationModelStore store,
    CpuWorkLimiter cpuWork,
    ILocalSiloDetails siloDetails,
    IOptions<SimilarityJobOptions> jobOptions,
    ILoggerFactory loggerFactory) : Grain, IEvaluationWorkerGrain
{
    // The ranking curve runs from k = 1 to 20, or to k when a request asks for longer lists.
    private const int DefaultCurveLength = 20;

    /// <inheritdoc />
    public async Task<ModelEvaluationResult> EvaluateAsync(
        string model,
        EvaluationRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string name = ModelNames.Resolve(model);
        EvaluationRequestRules.Validate(request);
        TimeSpan drillDelay = jobOptions.Value.DrillShardDelay;
        if (drillDelay > TimeSpan.Zero)
        {
            await Task.Delay(drillDelay, cancellationToken);
        }

        // One thread per model: the coordinator runs the models in parallel across the silos, and
        // the limiter caps how many run on one silo.
        var options = new EvaluationOptions
        {
            K = request.K,
            MaxK = Math.Max(request.K, DefaultCurveLength),
            RelevanceThreshold = request.RelevanceThreshold,
            MaxDegreeOfParallelism = 1,
        };
        var evaluator = new Evaluator(loggerFactory.CreateLogger<Evaluator>());
        ModelEvaluation evaluation = await cpuWork.RunAsync(
            () =>
            {
                TrainTestSplit split = request.Holdout == HoldoutKind.Random
                    ? DataSplitter.RandomHoldout(store.Dataset.Ratings, request.TestFraction, request.Seed)
                    : DataSplitter.TemporalHoldout(store.Dataset.Ratings);
                IRecommender recommender = RecommenderCatalog.Create(name);
                return evaluator.Evaluate(
                    recommender,
                    split,
                    store.Dataset.Movies,
                    options,
                    store.Dataset.Tags,
                    cancellationToken);
            },
            cancellationToken);

        return new ModelEvaluationResult(
            evaluation.Model,
            evaluation.Split,
            evaluation.Rmse,
            evaluation.Mae,
            evaluation.Coverage,
            evaluation.PrecisionAtK,
            evaluation.RecallAtK,
            evaluation.K,
            evaluation.FitSeconds,
            evaluation.EvaluateSeconds,
            evaluation.TestRatings,
            evaluation.PredictedRatings,
            evaluation.RankedUsers,
            siloDetails.SiloAddress.ToString(),
            evaluation.NdcgAtK,
            evaluation.MapAtK,
            evaluation.Mrr,
            evaluation.HitRateAtK,
            evaluation.CatalogCoverage,
            evaluation.Novelty,
            evaluation.IntraListDiversity,
            evaluation.PopularShare,
            evaluation.Curve
                .Select(point => new RankingCurvePointResult(
                    point.K,
                    point.Precision,
                    point.Recall,
                    point.Ndcg,
                    point.Map,
                    point.HitRate))
                .ToArray());
    }
}
