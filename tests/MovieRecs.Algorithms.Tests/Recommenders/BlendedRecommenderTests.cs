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
    public void Explain_TwoBaselines_MergesSameBiases()
    {
        var strong = new BaselineOptions { UserRegularization = 1, ItemRegularization = 1 };
        var model = new BlendedRecommender("blend", () => new BiasedBaseline(), () => new BiasedBaseline(strong));
        var first = new BiasedBaseline();
        var second = new BiasedBaseline(strong);
        model.Fit(SmallRatings.Training());
        first.Fit(SmallRatings.Training());
        second.Fit(SmallRatings.Training());
        UserProfile profile = SmallRatings.Profile(1);

        Explanation explanation = model.Explain(profile, 40, int.MaxValue)!;
        Explanation firstExplanation = first.Explain(profile, 40, int.MaxValue)!;
        Explanation secondExplanation = second.Explain(profile, 40, int.MaxValue)!;

        Assert.Equal(model.PredictRating(profile, 40)!.Value, explanation.Score, 12);
        Assert.Equal(3, explanation.Contributions.Count);
        foreach (string label in new[] { "global mean", "user bias", "movie bias" })
        {
            double expected = (model.Weight * WeightOf(firstExplanation, label))
                + ((1 - model.Weight) * WeightOf(secondExplanation, label));
            Assert.Equal(expected, WeightOf(explanation, label), 12);
        }
    }

    [Fact]
    public void Explain_OneMemberWithoutPrediction_UsesOtherAlone()
    {
        var model = new BlendedRecommender("blend", () => new ItemKnnRecommender(new KnnOptions()), () => new BiasedBaseline());
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

    private static double WeightOf(Explanation explanation, string label) =>
        explanation.Contributions.Single(entry => entry.Label == label).Weight;
}
