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

    /// <summary>Records what the evaluator shows a model and ranks by movie id.</summary>
    private sealed class SpyRecommender : IRecommender
    {
        public ConcurrentBag<UserProfile> Profiles { get; } = [];

        public int FittedRatingCount { get; private set; }

        public string Name => "spy";

        public string ScoreDescription => "none";

        public void Fit(TrainingData data) => FittedRatingCount = data.Ratings.RatingCount;

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
