using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Evaluation;

/// <summary>Turns the per-user results of one model into its <see cref="ModelEvaluation"/>.</summary>
internal sealed partial class EvaluationSummary(TrainingData training, EvaluationOptions options)
{
    private const double PopularFraction = 0.01;

    public ModelEvaluation Summarize(string model, string split, double fitSeconds, double evaluateSeconds, UserResult[] results)
    {
        // Users come in id order, so the sums below are identical across runs whatever the thread timing.
        (double Predicted, double Actual)[] errors = results
            .SelectMany(result => result.Errors)
            .Select(error => (error.Predicted, error.Actual))
            .ToArray();
        UserResult[] ranked = results.Where(result => result.Relevant.Count > 0).ToArray();
        int testRatings = results.Sum(result => result.TestCount);
        RankingCurvePoint[] curve = Curve(ranked);
        RankingCurvePoint atK = curve[options.K - 1];
        int[][] lists = results.Select(result => result.Recommended.Take(options.K).ToArray()).ToArray();
        UserMetrics[] perUser = results.Select(PerUser).ToArray();

        return new ModelEvaluation(
            model,
            split,
            RatingMetrics.Rmse(errors),
            RatingMetrics.Mae(errors),
            testRatings == 0 ? 0 : (double)errors.Length / testRatings,
            atK.Precision,
            atK.Recall,
            options.K,
            fitSeconds,
            evaluateSeconds,
            testRatings,
            errors.Length,
            ranked.Length,
            atK.Ndcg,
            atK.Map,
            Mean(ranked, result => RankingMetrics.ReciprocalRank(result.Recommended, result.Relevant)),
            atK.HitRate,
            CatalogCoverage(lists),
            Novelty(lists),
            IntraListDiversity(lists),
            PopularShare(lists),
            curve,
            Intervals(perUser),
            ByUserActivity(results, perUser),
            ByMoviePopularity(results),
            perUser);
    }

    private UserMetrics PerUser(UserResult result)
    {
        bool ranked = result.Relevant.Count > 0;
        return new UserMetrics(
            result.UserId,
            result.TrainCount,
            result.TestCount,
            result.Errors.Count,
            result.Errors.Sum(error => (error.Predicted - error.Actual) * (error.Predicted - error.Actual)),
            result.Errors.Sum(error => Math.Abs(error.Predicted - error.Actual)),
            result.Relevant.Count,
            ranked ? RankingMetrics.PrecisionAtK(result.Recommended, result.Relevant, options.K) : null,
            ranked ? RankingMetrics.RecallAtK(result.Recommended, result.Relevant, options.K) : null,
            ranked ? RankingMetrics.NdcgAtK(result.Recommended, result.Relevant, options.K) : null);
    }

    private static Dictionary<string, ConfidenceInterval?> Intervals(UserMetrics[] perUser)
    {
        UserMetrics[] ranked = perUser.Where(user => user.RelevantMovies > 0).ToArray();
        return new Dictionary<string, ConfidenceInterval?>
        {
            ["rmse"] = Bootstrap.RatioInterval(
                perUser.Select(user => user.SquaredError).ToArray(),
                perUser.Select(user => (double)user.PredictedRatings).ToArray(),
                transform: Math.Sqrt),
            ["precisionAtK"] = Bootstrap.MeanInterval(ranked.Select(user => user.PrecisionAtK!.Value).ToArray()),
            ["recallAtK"] = Bootstrap.MeanInterval(ranked.Select(user => user.RecallAtK!.Value).ToArray()),
            ["ndcgAtK"] = Bootstrap.MeanInterval(ranked.Select(user => user.NdcgAtK!.Value).ToArray()),
        };
    }

    private RankingCurvePoint[] Curve(UserResult[] ranked)
    {
        var curve = new RankingCurvePoint[options.MaxK];
        for (int k = 1; k <= options.MaxK; k++)
        {
            int length = k;
            curve[k - 1] = new RankingCurvePoint(
                k,
                Mean(ranked, result => RankingMetrics.PrecisionAtK(result.Recommended, result.Relevant, length)),
                Mean(ranked, result => RankingMetrics.RecallAtK(result.Recommended, result.Relevant, length)),
                Mean(ranked, result => RankingMetrics.NdcgAtK(result.Recommended, result.Relevant, length)),
                Mean(ranked, result => RankingMetrics.AveragePrecisionAtK(result.Recommended, result.Relevant, length)),
                Mean(ranked, result => RankingMetrics.HitsAtK(result.Recommended, result.Relevant, length) > 0 ? 1.0 : 0.0));
        }

        return curve;
    }

    private double CatalogCoverage(int[][] lists)
    {
        int catalogue = training.Ratings.Items.Count;
        return catalogue == 0 ? 0 : (double)lists.SelectMany(list => list).Distinct().Count() / catalogue;
    }

    private double Novelty(int[][] lists)
    {
        RatingMatrix matrix = training.Ratings;
        double users = matrix.Users.Count;
        var selfInformation = new List<double>();
        foreach (int movieId in lists.SelectMany(list => list))
        {
            int raters = matrix.Items.TryGetIndex(movieId, out int item) ? matrix.ItemRatingCount(item) : 0;

            // Add-one smoothing keeps a movie nobody rated in training at a finite value.
            selfInformation.Add(-Math.Log2((raters + 1) / (users + 1)));
        }

        return selfInformation.Count == 0 ? 0 : selfInformation.Average();
    }

    private double IntraListDiversity(int[][] lists)
    {
        var genres = training.Genres.Matrix;
        var means = new List<double>();
        foreach (int[] list in lists.Where(list => list.Length >= 2))
        {
            int[] items = list.Select(movieId => training.Ratings.Items.TryGetIndex(movieId, out int item) ? item : -1).ToArray();
            double sum = 0;
            int pairs = 0;
            for (int left = 0; left < items.Length; left++)
            {
                for (int right = left + 1; right < items.Length; right++)
                {
                    double? similarity = items[left] < 0 || items[right] < 0
                        ? null
                        : VectorSimilarity.Cosine(
                            genres.RowIndices(items[left]),
                            genres.RowValues(items[left]),
                            genres.RowIndices(items[right]),
                            genres.RowValues(items[right]));

                    // Two movies without a shared genre have no defined cosine but are as different as can be.
                    sum += 1.0 - (similarity ?? 0.0);
                    pairs++;
                }
            }

            means.Add(sum / pairs);
        }

        return means.Count == 0 ? 0 : means.Average();
    }

    private double PopularShare(int[][] lists)
    {
        RatingMatrix matrix = training.Ratings;
        int popularCount = (int)Math.Ceiling(matrix.Items.Count * PopularFraction);
        var popular = Enumerable.Range(0, matrix.Items.Count)
            .OrderByDescending(matrix.ItemRatingCount)
            .ThenBy(item => item)
            .Take(popularCount)
            .Select(matrix.Items.GetId)
            .ToHashSet();
        int[] all = lists.SelectMany(list => list).ToArray();
        return all.Length == 0 ? 0 : (double)all.Count(popular.Contains) / all.Length;
    }

    private static double Mean(UserResult[] users, Func<UserResult, double> metric) =>
        users.Length == 0 ? 0 : users.Average(metric);
}
