using System.Collections.Concurrent;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Evaluation;

public class EvaluatorLeakTests
{
    [Fact]
    public void Evaluate_AnySplit_ShowsModelOnlyTrainingRatings()
    {
        Rating[] ratings = Enumerable.Range(0, 60)
            .Select(index => new Rating(1 + (index % 6), 10 * (1 + (index % 5)) + (index / 30), 0.5 + (index % 10) / 2.0, index))
            .DistinctBy(rating => (rating.UserId, rating.MovieId))
            .ToArray();
        Movie[] movies = ratings
            .Select(rating => rating.MovieId)
            .Distinct()
            .Select(movieId => new Movie(movieId, $"Movie {movieId}", null, ["Drama"]))
            .ToArray();

        foreach (TrainTestSplit split in (TrainTestSplit[])
            [DataSplitter.TemporalHoldout(ratings), DataSplitter.RandomHoldout(ratings, 0.3, 1), DataSplitter.LeaveLastOneOut(ratings)])
        {
            var spy = new SpyRecommender();
            new Evaluator().Evaluate(spy, split, movies, new EvaluationOptions { K = 3 });

            var test = split.Test.Select(rating => (rating.UserId, rating.MovieId)).ToHashSet();
            Assert.Equal(split.Train.Count, spy.FittedRatingCount);
            Assert.All(spy.Profiles, profile => Assert.DoesNotContain(
                profile.Ratings.Keys,
                movieId => test.Contains((profile.UserId, movieId))));
            Assert.NotEmpty(spy.Profiles);
        }
    }

    [Fact]
    public void Evaluate_TagOfTestPair_DoesNotReachModel()
    {
        Rating[] ratings =
        [
            new(1, 10, 4.0, 1), new(1, 20, 3.0, 2), new(1, 30, 5.0, 3), new(1, 40, 2.0, 4), new(1, 50, 4.0, 5),
            new(2, 10, 2.0, 1), new(2, 20, 5.0, 2), new(2, 30, 3.0, 3), new(2, 40, 4.0, 4), new(2, 50, 1.0, 5),
        ];
        Movie[] movies = ratings
            .Select(rating => rating.MovieId)
            .Distinct()
            .Select(movieId => new Movie(movieId, $"Movie {movieId}", null, ["Drama"]))
            .ToArray();

        // The temporal holdout puts each user's latest rating, of movie 50, in the test part.
        MovieTag[] tags = [new(1, 10, "seen in training", 1), new(1, 50, "reveals the test rating", 6)];
        TrainTestSplit split = DataSplitter.TemporalHoldout(ratings);
        var spy = new SpyRecommender();

        new Evaluator().Evaluate(spy, split, movies, new EvaluationOptions { K = 3 }, tags);

        Assert.Contains(split.Test, rating => rating.UserId == 1 && rating.MovieId == 50);
        Assert.Equal(["seen in training"], spy.FittedTags.Select(tag => tag.Text));
    }

    /// <summary>Records what the evaluator shows a model and ranks by movie id.</summary>
    private sealed class SpyRecommender : IRecommender
    {
        public ConcurrentBag<UserProfile> Profiles { get; } = [];

        public int FittedRatingCount { get; private set; }

        public string Name => "spy";

        public string ScoreDescription => "none";

        public IReadOnlyList<MovieTag> FittedTags { get; private set; } = [];

        public void Fit(TrainingData data)
        {
            FittedRatingCount = data.Ratings.RatingCount;
            FittedTags = data.Tags;
        }

        public double? PredictRating(UserProfile user, int movieId)
        {
            Profiles.Add(user);
            return 3.0;
        }

        public IReadOnlyList<ScoredMovie> Recommend(UserProfile user, int count)
        {
            Profiles.Add(user);
            return [];
        }

        public Explanation? Explain(UserProfile user, int movieId, int maxContributions = 5)
        {
            Profiles.Add(user);
            return null;
        }
    }
}
