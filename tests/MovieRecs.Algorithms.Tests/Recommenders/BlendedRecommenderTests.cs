using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Baselines;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class BlendedRecommenderTests
{
    [Fact]
    public void PredictRating_LearnedWeight_MixesMembers()
    {
        var model = new BlendedRecommender("blend", () => new PopularityRecommender(priorWeight: 0), () => new ContentBasedRecommender());
        model.Fit(SmallRatings.Training());
        var popularity = new PopularityRecommender(priorWeight: 0);
        var content = new ContentBasedRecommender();
        popularity.Fit(SmallRatings.Training());
        content.Fit(SmallRatings.Training());
        UserProfile profile = SmallRatings.Profile(1);

        double? blended = model.PredictRating(profile, 50);

        double expected = (model.Weight * popularity.PredictRating(profile, 50)!.Value)
            + ((1 - model.Weight) * content.PredictRating(profile, 50)!.Value);
        Assert.InRange(model.Weight, 0.0, 1.0);
        Assert.Equal(expected, blended!.Value, 12);
    }

    [Fact]
    public void Fit_SecondMemberPerfect_LearnsWeightZero()
    {
        // Even users rate every movie 5, odd users 3. Content-based predicts the user's own mean
        // plus genre-weighted offsets (all zero), so it is exact; popularity predicts the movie
        // mean 4 and is off by 1 everywhere. The validation error is lowest at w = 0 alone.
        Rating[] ratings = Enumerable.Range(1, 8)
            .SelectMany(userId => Enumerable.Range(1, 10)
                .Select(movieId => new Rating(userId, movieId * 10, userId % 2 == 0 ? 5.0 : 3.0, movieId)))
            .ToArray();
        Movie[] movies = Enumerable.Range(1, 10).Select(movieId => new Movie(movieId * 10, $"M{movieId}", null, ["Drama"])).ToArray();
        var model = new BlendedRecommender(
            "blend",
            () => new PopularityRecommender(priorWeight: 0),
            () => new ContentBasedRecommender());

        model.Fit(new TrainingData(ratings, movies));

        Assert.Equal(0.0, model.Weight, 12);
        Assert.Equal(5.0, model.PredictRating(new UserProfile(2, [KeyValuePair.Create(10, 5.0)]), 20)!.Value, 12);
    }

    [Fact]
    public void Explain_InteriorWeight_MergesSharedEvidence()
    {
        // Two user-user models share the user's mean and their neighbors, and on the synthetic
        // data their validation errors are lowest at a weight strictly between 0 and 1.
        static IRecommender Narrow() => new UserKnnRecommender(new KnnOptions { MaxNeighbors = 5 });
        static IRecommender Wide() => new UserKnnRecommender(new KnnOptions());
        TrainingData data = SyntheticRatings.Training();
        var model = new BlendedRecommender("blend", Narrow, Wide);
        IRecommender narrow = Narrow();
        IRecommender wide = Wide();
        model.Fit(data);
        narrow.Fit(data);
        wide.Fit(data);
        UserProfile profile = new(1, data.RatingList
            .Where(rating => rating.UserId == 1)
            .Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));
        int movieId = model.Recommend(profile, 1).Single().MovieId;

        Explanation explanation = model.Explain(profile, movieId, int.MaxValue)!;

        var expected = new Dictionary<(ContributionKind, int?, string?), double>();
        void AddMember(IRecommender member, double scale)
        {
            foreach (Contribution entry in member.Explain(profile, movieId, int.MaxValue)!.Contributions)
            {
                var key = (entry.Kind, entry.UserId, entry.UserId is null ? entry.Label : null);
                expected[key] = expected.GetValueOrDefault(key) + (scale * entry.Weight);
            }
        }

        AddMember(narrow, model.Weight);
        AddMember(wide, 1 - model.Weight);
        Assert.InRange(model.Weight, 0.05, 0.95);
        Assert.Equal(expected.Count, explanation.Contributions.Count);
        foreach (Contribution entry in explanation.Contributions)
        {
            var key = (entry.Kind, entry.UserId, entry.UserId is null ? entry.Label : null);
            Assert.Equal(expected[key], entry.Weight, 12);
        }

        Contribution mean = Assert.Single(explanation.Contributions, entry => entry.Kind == ContributionKind.Bias);
        Assert.Equal(profile.Mean, mean.Weight, 12);
        Assert.Equal(model.PredictRating(profile, movieId)!.Value, explanation.Score, 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(entry => entry.Weight), 1e-9);
    }

    [Fact]
    public void Explain_OneMemberWithoutPrediction_UsesOtherAlone()
    {
        var model = new BlendedRecommender(
            "blend",
            () => new ItemKnnRecommender(new KnnOptions()),
            () => new BiasedBaseline());
        var baseline = new BiasedBaseline();
        model.Fit(SmallRatings.Training());
        baseline.Fit(SmallRatings.Training());

        // Movie 60 has no rating, so item-item kNN has no neighbors for it.
        UserProfile profile = SmallRatings.Profile(1);
        Explanation explanation = model.Explain(profile, 60, int.MaxValue)!;

        Explanation alone = baseline.Explain(profile, 60, int.MaxValue)!;
        Assert.Equal(alone.Score, explanation.Score);
        Assert.Equal(alone.Contributions, explanation.Contributions);
    }
}
