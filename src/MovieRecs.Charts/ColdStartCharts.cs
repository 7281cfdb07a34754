using MovieRecs.Algorithms.Evaluation;
using ScottPlot;

namespace MovieRecs.Charts;

/// <summary>
/// The cold-start charts of the report: each model's metrics by bucket of the users' or movies'
/// training rating counts.
/// </summary>
internal static class ColdStartCharts
{
    public static Plot UsersNdcg(IReadOnlyList<ModelEvaluation> models)
    {
        int k = models.Count == 0 ? 10 : models[0].K;
        return ByBucket(
            models,
            evaluation => evaluation.ByUserActivity,
            bucket => bucket.NdcgAtK,
            $"nDCG@{k} by user activity",
            "Training ratings of the user",
            $"nDCG@{k} (0-1)");
    }

    public static Plot UsersRmse(IReadOnlyList<ModelEvaluation> models) =>
        ByBucket(
            models,
            evaluation => evaluation.ByUserActivity,
            bucket => bucket.Rmse,
            "RMSE by user activity (lower is better)",
            "Training ratings of the user",
            "RMSE (stars)");

    public static Plot MoviesRecall(IReadOnlyList<ModelEvaluation> models)
    {
        int k = models.Count == 0 ? 10 : models[0].K;
        return ByBucket(
            models,
            evaluation => evaluation.ByMoviePopularity,
            bucket => bucket.RecallAtK is double recall ? 100 * recall : null,
            $"Relevant test ratings listed in the top {k}, by movie popularity",
            "Training ratings of the movie",
            "Relevant test ratings listed (%)");
    }

    private static Plot ByBucket(
        IReadOnlyList<ModelEvaluation> models,
        Func<ModelEvaluation, IReadOnlyList<BucketMetrics>> buckets,
        Func<BucketMetrics, double?> value,
        string title,
        string bucketLabel,
        string valueLabel)
    {
        Plot plot = ChartStyle.Create(title, bucketLabel, valueLabel);
        string[] labels = models.Count == 0 ? [] : buckets(models[0]).Select(bucket => bucket.Bucket).ToArray();
        var series = models
            .Select(model => (model.Model, buckets(model).Select(value).ToArray()))
            .ToList();
        double[] centers = ChartStyle.AddGroupedBars(plot, labels.Length, series);
        ChartStyle.SetCategoryTicks(plot, centers, labels);
        return plot;
    }
}
