using System.Collections.Concurrent;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Tuning;

namespace MovieRecs.Algorithms.Tests.Tuning;

public class HyperparameterSearchTests
{
    private const int FailingValue = 99;

    private static readonly Movie[] Movies = Enumerable.Range(1, 5)
        .Select(movieId => new Movie(movieId, $"Movie {movieId}", null, ["Drama"]))
        .ToArray();

    // Two users rate movies 1-5 in id order. The temporal holdout sends each user's movie 5 to test;
    // applied again to the remaining four, it holds out movie 4 for validation:
    //   user 1: 1, 2, 3 train; 4 -> 4.0 validation; 5 -> 3.0 test
    //   user 2: 1, 2, 3 train; 4 -> 5.0 validation; 5 -> 2.0 test
    private static readonly Rating[] Ratings =
    [
        new(1, 1, 3.0, 10), new(1, 2, 4.0, 11), new(1, 3, 2.0, 12), new(1, 4, 4.0, 13), new(1, 5, 3.0, 14),
        new(2, 1, 5.0, 10), new(2, 2, 1.0, 11), new(2, 3, 4.0, 12), new(2, 4, 5.0, 13), new(2, 5, 2.0, 14),
    ];

    [Fact]
    public void SearchAndTest_ConstantModels_PicksLowestValidationRmse()
    {
        // A model that predicts c everywhere has validation RMSE sqrt(((4 - c)^2 + (5 - c)^2) / 2):
        // 1.5811 at c = 3, 0.5 at c = 4.5 and 0.7071 at c = 5. On the test ratings c = 3 would win
        // (RMSE 0.7071), so picking 4.5 shows the test part took no part in the choice.
        var search = ConstantSearch();
        TuningOptions options = Options(TuningMetric.Rmse, 3, 4.5, 5);

        TuningReport report = search.SearchAndTest(DataSplitter.TemporalHoldout(Ratings), Movies, options);

        double[] objectives = report.Search.Trials.Select(trial => trial.Objective!.Value).ToArray();
        Assert.Equal(1.5811, objectives[0], 4);
        Assert.Equal(0.5, objectives[1], 4);
        Assert.Equal(0.7071, objectives[2], 4);
        Assert.Equal(2, report.Search.Best!.Number);
        Assert.Equal(4.5, report.Search.Best.Parameters["userRegularization"]);

        // Test RMSE at c = 4.5: sqrt(((3 - 4.5)^2 + (2 - 4.5)^2) / 2) = sqrt(4.25).
        Assert.Equal(Math.Sqrt(4.25), report.Test.Rmse!.Value, 10);
        Assert.Equal(2, report.Test.HeldOutRatings);
        Assert.Equal(2, report.Search.ValidationRatings);
        Assert.Equal(6, report.Search.ValidationTrainRatings);
    }

    [Fact]
    public void Search_EqualObjectives_KeepsFirstTrial()
    {
        // MAE at c = 5 is (1 + 0) / 2 and at c = 4.5 (0.5 + 0.5) / 2: equal, so the earlier trial wins.
        var search = ConstantSearch();

        IReadOnlyList<Rating> training = DataSplitter.TemporalHoldout(Ratings).Train;

        TuningResult result = search.Search(training, Movies, Options(TuningMetric.Mae, 5, 4.5));

        Assert.Equal(0.5, result.Trials[0].Objective!.Value, 10);
        Assert.Equal(0.5, result.Trials[1].Objective!.Value, 10);
        Assert.Equal(1, result.Best!.Number);
    }

    [Fact]
    public void Search_FailingFit_RecordsErrorAndGoesOn()
    {
        var search = ConstantSearch();

        TuningResult result = search.Search(Ratings, Movies, Options(TuningMetric.Rmse, FailingValue, 4.5));

        Assert.Null(result.Trials[0].Objective);
        Assert.Null(result.Trials[0].Metrics);
        Assert.Contains("diverged", result.Trials[0].Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Best!.Number);
    }

    [Fact]
    public void SearchAndTest_EveryTrialFails_ThrowsWithFirstError()
    {
        var search = ConstantSearch();

        TrainTestSplit split = DataSplitter.TemporalHoldout(Ratings);

        var exception = Assert.Throws<ArgumentException>(
            () => search.SearchAndTest(split, Movies, Options(TuningMetric.Rmse, FailingValue)));

        Assert.Contains("Every one of the 1 trials", exception.Message, StringComparison.Ordinal);
        Assert.Contains("diverged", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchAndTest_AnySplit_SearchSeesNoTestRating()
    {
        Rating[] ratings = Enumerable.Range(0, 90)
            .Select(index => new Rating(1 + (index % 6), 1 + (index % 15), 0.5 + (index % 10) / 2.0, index))
            .DistinctBy(rating => (rating.UserId, rating.MovieId))
            .ToArray();
        Movie[] movies = Enumerable.Range(1, 15)
            .Select(movieId => new Movie(movieId, $"Movie {movieId}", null, ["Drama"]))
            .ToArray();

        TrainTestSplit[] splits =
        [
            DataSplitter.TemporalHoldout(ratings),
            DataSplitter.RandomHoldout(ratings, 0.3, 1),
            DataSplitter.LeaveLastOneOut(ratings),
        ];
        foreach (TrainTestSplit split in splits)
        {
            var spies = new List<SpyRecommender>();
            var search = new HyperparameterSearch((_, _) =>
            {
                var spy = new SpyRecommender();
                spies.Add(spy);
                return spy;
            });
            TuningOptions options = Options(TuningMetric.Rmse, 1, 2, 3);

            search.SearchAndTest(split, movies, options);

            var test = split.Test.Select(rating => (rating.UserId, rating.MovieId)).ToHashSet();
            var train = split.Train.Select(rating => (rating.UserId, rating.MovieId)).ToHashSet();
            Assert.Equal(4, spies.Count);
            foreach (SpyRecommender trial in spies.Take(3))
            {
                Assert.NotEmpty(trial.Fitted);
                Assert.True(trial.Fitted.Count < split.Train.Count, "a trial was fitted on the whole training part");
                Assert.All(trial.Fitted, pair => Assert.Contains(pair, train));
                Assert.All(trial.Seen, pair => Assert.DoesNotContain(pair, test));
            }

            SpyRecommender final = spies[^1];
            Assert.Equal(train, final.Fitted.ToHashSet());
        }
    }

    [Fact]
    public void Search_ValidationSplitWithoutHeldOut_Throws()
    {
        var search = ConstantSearch();
        TuningOptions options = Options(TuningMetric.Rmse, 1) with
        {
            ValidationSplit = ratings => new TrainTestSplit("nothing-held-out", ratings, []),
        };

        var exception = Assert.Throws<ArgumentException>(() => search.Search(Ratings, Movies, options));

        Assert.Contains("nothing-held-out", exception.Message, StringComparison.Ordinal);
    }

    private static HyperparameterSearch ConstantSearch() =>
        new((_, parameters) => new ConstantRecommender(parameters["userRegularization"]));

    private static TuningOptions Options(TuningMetric metric, params double[] values) => new()
    {
        Model = "baseline",
        Metric = metric,
        Space = [new SearchDimension("userRegularization", new ParameterValues(values))],
        Evaluation = new EvaluationOptions { K = 2, MaxK = 2 },
    };

    /// <summary>Predicts one value for every rating and ranks nothing; its fit fails at one value.</summary>
    private sealed class ConstantRecommender(double value) : IRecommender
    {
        public string Name => "constant";

        public string ScoreDescription => "a constant";

        public void Fit(TrainingData data)
        {
            if (value == FailingValue)
            {
                throw new InvalidOperationException("SGD diverged.");
            }
        }

        public double? PredictRating(UserProfile user, int movieId) => value;

        public IReadOnlyList<ScoredMovie> Recommend(UserProfile user, int count) => [];

        public Explanation? Explain(UserProfile user, int movieId, int maxContributions = 5) => null;
    }

    /// <summary>Records the (user, movie) pairs it is fitted on and every pair in a profile it is shown.</summary>
    private sealed class SpyRecommender : IRecommender
    {
        public List<(int UserId, int MovieId)> Fitted { get; } = [];

        public ConcurrentBag<(int UserId, int MovieId)> Seen { get; } = [];

        public string Name => "spy";

        public string ScoreDescription => "none";

        public void Fit(TrainingData data) =>
            Fitted.AddRange(data.RatingList.Select(rating => (rating.UserId, rating.MovieId)));

        public double? PredictRating(UserProfile user, int movieId)
        {
            Record(user);
            return 3.0;
        }

        public IReadOnlyList<ScoredMovie> Recommend(UserProfile user, int count)
        {
            Record(user);
            return [];
        }

        public Explanation? Explain(UserProfile user, int movieId, int maxContributions = 5)
        {
            Record(user);
            return null;
        }

        private void Record(UserProfile user)
        {
            foreach (int movieId in user.Ratings.Keys)
            {
                Seen.Add((user.UserId, movieId));
            }
        }
    }
}
