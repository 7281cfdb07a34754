using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// Chooses the blend weight and the switch thresholds of <see cref="HybridRecommender"/> on a
/// validation split carved out of the training data, never out of any test data.
/// </summary>
/// <remarks>
/// <para>
/// The validation split is <see cref="DataSplitter.TemporalHoldout"/> of the training ratings.
/// The members are fitted on its training part, and the options are chosen in turn. The rating
/// weight (with no switch) and then the movie threshold (with that weight) take the lowest RMSE
/// of the hybrid's predictions of the validation ratings. The ranking weight (with that
/// threshold) takes the highest mean nDCG@10 of its top-10 lists. The user threshold comes last,
/// by RMSE again.
/// </para>
/// <para>
/// Every validation user has a dozen or more ratings, so the user threshold is chosen on
/// simulated new users: the users whose id is a multiple of <see cref="NewUserModulus"/> are left
/// out of a second fit of the members, and each is scored with only their first n training
/// ratings (by timestamp, then movie id) for every n from 1 to <see cref="MaxNewUserRatings"/>.
/// </para>
/// </remarks>
public static class HybridTuning
{
    /// <summary>Every user whose id is a multiple of this is a simulated new user.</summary>
    public const int NewUserModulus = 5;

    /// <summary>The largest profile size a simulated new user is scored with.</summary>
    public const int MaxNewUserRatings = 20;

    private const int WeightSteps = 20;
    private static readonly int[] MovieThresholds = [0, 1, 2, 3, 5, 10, 20];
    private static readonly int[] UserThresholds = [1, 2, 3, 4, 5, 7, 10, 15, 20];

    /// <summary>Runs the validation and returns the chosen options with every candidate's validation metric.</summary>
    /// <exception cref="ArgumentException">The validation split predicts no rating.</exception>
    public static HybridTuningResult Tune(
        TrainingData data,
        Func<IRecommender> createCollaborative,
        ContentBasedOptions? contentOptions = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createCollaborative);

        TrainTestSplit validation = DataSplitter.TemporalHoldout(data.RatingList);
        var inner = new TrainingData(validation.Train, data.Movies, data.Tags);
        Members members = Members.Fit(inner, createCollaborative, contentOptions);
        Dictionary<int, Rating[]> trainByUser = ByUser(validation.Train);
        var predictions = new List<Prediction>(validation.Test.Count);
        foreach (Rating rating in validation.Test)
        {
            UserProfile profile = Profile(rating.UserId, trainByUser.GetValueOrDefault(rating.UserId) ?? []);
            predictions.Add(members.Predict(profile, rating, inner));
        }

        var weights = new List<HybridTuningPoint>();
        for (int step = 0; step <= WeightSteps; step++)
        {
            var options = new HybridOptions { CollaborativeWeight = (double)step / WeightSteps, MinMovieRatings = 0, MinUserRatings = 1 };
            weights.Add(Score(options.CollaborativeWeight, predictions, options, int.MaxValue));
        }

        double weight = Best(weights);
        var movies = MovieThresholds
            .Select(threshold => Score(
                threshold,
                predictions,
                new HybridOptions { CollaborativeWeight = weight, MinMovieRatings = threshold, MinUserRatings = 1 },
                int.MaxValue))
            .ToList();
        int minMovieRatings = (int)Best(movies);

        List<HybridTuningPoint> ranking = RankingWeights(validation, inner, members, trainByUser, minMovieRatings);
        double rankingWeight = ranking.MaxBy(point => point.Metric)!.Value;

        List<(Prediction Prediction, int ProfileSize)> newUsers = PredictNewUsers(validation, data, createCollaborative, contentOptions);
        var users = UserThresholds
            .Select(threshold =>
            {
                var options = new HybridOptions { CollaborativeWeight = weight, MinMovieRatings = minMovieRatings, MinUserRatings = threshold };
                return ScoreNewUsers(threshold, newUsers, options);
            })
            .ToList();
        var chosen = new HybridOptions
        {
            CollaborativeWeight = weight,
            RankingCollaborativeWeight = rankingWeight,
            MinMovieRatings = minMovieRatings,
            MinUserRatings = (int)Best(users),
        };
        return new HybridTuningResult(chosen, weights, movies, ranking, users);
    }

    /// <summary>
    /// Scores every ranking weight by the mean nDCG@10 over the validation users with a relevant
    /// validation movie (rating of at least 4.0), each ranking every movie they did not rate.
    /// </summary>
    private static List<HybridTuningPoint> RankingWeights(
        TrainTestSplit validation,
        TrainingData inner,
        Members members,
        Dictionary<int, Rating[]> trainByUser,
        int minMovieRatings)
    {
        const int ListLength = 10;
        const double RelevanceThreshold = 4.0;
        var totals = new double[WeightSteps + 1];
        int users = 0;
        foreach (IGrouping<int, Rating> user in validation.Test.GroupBy(rating => rating.UserId).OrderBy(group => group.Key))
        {
            var relevant = user
                .Where(rating => rating.Value >= RelevanceThreshold)
                .Select(rating => rating.MovieId)
                .ToHashSet();
            if (relevant.Count == 0)
            {
                continue;
            }

            UserProfile profile = Profile(user.Key, trainByUser.GetValueOrDefault(user.Key) ?? []);
            Dictionary<int, double> collaborative = HybridRecommender.ScoresOf(members.Collaborative, profile, inner.Ratings);
            Dictionary<int, double> content = HybridRecommender.ScoresOf(members.Content, profile, inner.Ratings);
            for (int step = 0; step <= WeightSteps; step++)
            {
                HybridRecommender.RankingScales scales = HybridRecommender.BlendScores(
                    collaborative,
                    content,
                    inner.Ratings,
                    minMovieRatings,
                    (double)step / WeightSteps);
                int[] listed = TopN.Select(scales.Scores.Select(pair => (pair.Key, pair.Value)), inner.Ratings, ListLength)
                    .Select(movie => movie.MovieId)
                    .ToArray();
                totals[step] += RankingMetrics.NdcgAtK(listed, relevant, ListLength);
            }

            users++;
        }

        return Enumerable.Range(0, WeightSteps + 1)
            .Select(step => new HybridTuningPoint((double)step / WeightSteps, users == 0 ? 0 : totals[step] / users, users))
            .ToList();
    }

    private static List<(Prediction Prediction, int ProfileSize)> PredictNewUsers(
        TrainTestSplit validation,
        TrainingData data,
        Func<IRecommender> createCollaborative,
        ContentBasedOptions? contentOptions)
    {
        static bool IsNew(int userId) => userId % NewUserModulus == 0;

        var coldTraining = new TrainingData(
            validation.Train.Where(rating => !IsNew(rating.UserId)).ToList(),
            data.Movies,
            data.Tags);
        Members members = Members.Fit(coldTraining, createCollaborative, contentOptions);
        Dictionary<int, Rating[]> trainByUser = ByUser(validation.Train.Where(rating => IsNew(rating.UserId)).ToList());
        var results = new List<(Prediction, int)>();
        foreach (IGrouping<int, Rating> user in validation.Test.Where(rating => IsNew(rating.UserId)).GroupBy(rating => rating.UserId))
        {
            Rating[] history = trainByUser.GetValueOrDefault(user.Key) ?? [];
            for (int size = 1; size <= Math.Min(MaxNewUserRatings, history.Length); size++)
            {
                UserProfile profile = Profile(user.Key, history.AsSpan(0, size).ToArray());
                foreach (Rating rating in user)
                {
                    results.Add((members.Predict(profile, rating, coldTraining), size));
                }
            }
        }

        return results;
    }

    private static HybridTuningPoint Score(double value, List<Prediction> predictions, HybridOptions options, int profileSize)
    {
        double squared = 0;
        int count = 0;
        foreach (Prediction prediction in predictions)
        {
            if (prediction.Hybrid(options, profileSize) is double predicted)
            {
                squared += (predicted - prediction.Actual) * (predicted - prediction.Actual);
                count++;
            }
        }

        return count == 0
            ? throw new ArgumentException("No rating of the validation split carved out of the training data could be predicted; give training data with users who have two or more ratings.", nameof(predictions))
            : new HybridTuningPoint(value, Math.Sqrt(squared / count), count);
    }

    private static HybridTuningPoint ScoreNewUsers(double value, List<(Prediction Prediction, int ProfileSize)> predictions, HybridOptions options)
    {
        double squared = 0;
        int count = 0;
        foreach ((Prediction prediction, int size) in predictions)
        {
            if (prediction.Hybrid(options, size) is double predicted)
            {
                squared += (predicted - prediction.Actual) * (predicted - prediction.Actual);
                count++;
            }
        }

        return new HybridTuningPoint(value, count == 0 ? double.NaN : Math.Sqrt(squared / count), count);
    }

    // MinBy keeps the first of equal values, so a tie goes to the earlier candidate.
    private static double Best(List<HybridTuningPoint> points) =>
        points.Where(point => !double.IsNaN(point.Metric)).MinBy(point => point.Metric)?.Value ?? points[0].Value;

    private static Dictionary<int, Rating[]> ByUser(IReadOnlyList<Rating> ratings) => ratings
        .GroupBy(rating => rating.UserId)
        .ToDictionary(
            group => group.Key,
            group => group.OrderBy(rating => rating.Timestamp).ThenBy(rating => rating.MovieId).ToArray());

    private static UserProfile Profile(int userId, Rating[] ratings) =>
        new(userId, ratings.Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));

    /// <summary>The members' predictions of one validation rating, from which any option's hybrid prediction follows.</summary>
    private sealed record Prediction(double? Collaborative, double? Content, double? Popularity, int MovieRatings, double Actual)
    {
        public double? Hybrid(HybridOptions options, int profileSize)
        {
            if (profileSize < options.MinUserRatings)
            {
                return Content ?? Popularity;
            }

            if (MovieRatings < options.MinMovieRatings)
            {
                return Content ?? Collaborative;
            }

            double weight = options.CollaborativeWeight;
            return (Collaborative, Content) switch
            {
                (double c, double t) => (weight * c) + ((1 - weight) * t),
                (double c, null) => c,
                (null, double t) => t,
                _ => null,
            };
        }
    }

    private sealed record Members(IRecommender Collaborative, ContentBasedRecommender Content, PopularityRecommender Popularity)
    {
        public static Members Fit(TrainingData data, Func<IRecommender> createCollaborative, ContentBasedOptions? contentOptions)
        {
            IRecommender collaborative = createCollaborative();
            collaborative.Fit(data);
            var content = new ContentBasedRecommender(contentOptions);
            content.Fit(data);
            var popularity = new PopularityRecommender(PopularityRanking.MostRated);
            popularity.Fit(data);
            return new Members(collaborative, content, popularity);
        }

        public Prediction Predict(UserProfile profile, Rating rating, TrainingData data)
        {
            int movieRatings = data.Ratings.Items.TryGetIndex(rating.MovieId, out int item) ? data.Ratings.ItemRatingCount(item) : 0;
            return new Prediction(
                Collaborative.PredictRating(profile, rating.MovieId),
                Content.PredictRating(profile, rating.MovieId),
                Popularity.PredictRating(profile, rating.MovieId),
                movieRatings,
                rating.Value);
        }
    }
}
