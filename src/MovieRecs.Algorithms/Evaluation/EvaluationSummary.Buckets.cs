namespace MovieRecs.Algorithms.Evaluation;

/// <summary>The cold-start breakdowns: metrics by user activity and by movie popularity.</summary>
internal sealed partial class EvaluationSummary
{
    /// <summary>Bucket bounds on training rating counts, so that a bucket contains the counts in [lower, next lower).</summary>
    private static readonly int[] UserActivityBounds = [0, 10, 50, 200];
    private static readonly int[] MoviePopularityBounds = [0, 1, 10, 50];

    private List<BucketMetrics> ByUserActivity(UserResult[] results, UserMetrics[] perUser)
    {
        int totalRecommended = results.Sum(result => Math.Min(result.Recommended.Length, options.K));
        var buckets = new List<BucketMetrics>();
        for (int bucket = 0; bucket < UserActivityBounds.Length; bucket++)
        {
            int lower = UserActivityBounds[bucket];
            int upper = bucket + 1 < UserActivityBounds.Length ? UserActivityBounds[bucket + 1] : int.MaxValue;
            int[] members = Enumerable.Range(0, results.Length)
                .Where(position => results[position].TrainCount >= lower && results[position].TrainCount < upper)
                .ToArray();
            UserMetrics[] users = members.Select(position => perUser[position]).ToArray();
            UserMetrics[] ranked = users.Where(user => user.RelevantMovies > 0).ToArray();
            int predicted = users.Sum(user => user.PredictedRatings);
            int testRatings = users.Sum(user => user.TestRatings);
            int recommended = members.Sum(position => Math.Min(results[position].Recommended.Length, options.K));

            buckets.Add(new BucketMetrics(
                Label(lower, upper),
                users.Length,
                testRatings,
                predicted == 0 ? null : Math.Sqrt(users.Sum(user => user.SquaredError) / predicted),
                predicted == 0 ? null : users.Sum(user => user.AbsoluteError) / predicted,
                testRatings == 0 ? 0 : (double)predicted / testRatings,
                ranked.Length == 0 ? null : ranked.Average(user => user.PrecisionAtK!.Value),
                ranked.Length == 0 ? null : ranked.Average(user => user.RecallAtK!.Value),
                ranked.Length == 0 ? null : ranked.Average(user => user.NdcgAtK!.Value),
                totalRecommended == 0 ? 0 : (double)recommended / totalRecommended));
        }

        return buckets;
    }

    private List<BucketMetrics> ByMoviePopularity(UserResult[] results)
    {
        var buckets = new List<BucketMetrics>();
        int totalRecommended = results.Sum(result => Math.Min(result.Recommended.Length, options.K));
        for (int bucket = 0; bucket < MoviePopularityBounds.Length; bucket++)
        {
            int lower = MoviePopularityBounds[bucket];
            int upper = bucket + 1 < MoviePopularityBounds.Length ? MoviePopularityBounds[bucket + 1] : int.MaxValue;
            bool InBucket(int movieId)
            {
                int count = training.Ratings.Items.TryGetIndex(movieId, out int item) ? training.Ratings.ItemRatingCount(item) : 0;
                return count >= lower && count < upper;
            }

            var errors = results.SelectMany(result => result.Errors).Where(error => InBucket(error.MovieId)).ToArray();
            int testRatings = results.Sum(result => result.Test.Count(rating => InBucket(rating.MovieId)));
            int users = results.Count(result => result.Test.Any(rating => InBucket(rating.MovieId)));
            int relevant = 0;
            int hits = 0;
            int recommended = 0;
            foreach (UserResult result in results)
            {
                int[] firstK = result.Recommended.Take(options.K).ToArray();
                recommended += firstK.Count(InBucket);
                foreach (int movieId in result.Relevant.Where(InBucket))
                {
                    relevant++;
                    hits += firstK.Contains(movieId) ? 1 : 0;
                }
            }

            buckets.Add(new BucketMetrics(
                Label(lower, upper),
                users,
                testRatings,
                RatingMetrics.Rmse(errors.Select(error => (error.Predicted, error.Actual))),
                RatingMetrics.Mae(errors.Select(error => (error.Predicted, error.Actual))),
                testRatings == 0 ? 0 : (double)errors.Length / testRatings,
                null,
                relevant == 0 ? null : (double)hits / relevant,
                null,
                totalRecommended == 0 ? 0 : (double)recommended / totalRecommended));
        }

        return buckets;
    }

    private static string Label(int lower, int upper) => upper == int.MaxValue ? $"{lower}+" : $"{lower}-{upper - 1}";
}
