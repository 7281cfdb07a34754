using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Tests.Recommenders;

namespace MovieRecs.Algorithms.Tests.Baselines;

public class BiasedBaselineTests
{
    [Fact]
    public void Name_IsBaseline()
    {
        Assert.Equal("baseline", new BiasedBaseline().Name);
    }

    [Fact]
    public void PredictRating_TrainingUser_AddsMeanAndBiases()
    {
        var model = new BiasedBaseline();
        model.Fit(SmallRatings.Training());
        BaselinePredictor predictor = model.Predictor;

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 40);

        // User 1 is row 0 and movie 40 is column 3; the profile equals user 1's training ratings.
        Assert.NotNull(predicted);
        Assert.Equal(predictor.GlobalMean + predictor.UserBias(0) + predictor.ItemBias(3), predicted.Value, 12);
    }

    [Fact]
    public void PredictRating_UnratedMovie_ReturnsMeanPlusUserBias()
    {
        var model = new BiasedBaseline();
        model.Fit(SmallRatings.Training());
        UserProfile profile = SmallRatings.Profile(3);

        double? predicted = model.PredictRating(profile, 60);

        Assert.Equal(model.Predictor.GlobalMean + model.Predictor.ComputeUserBias(profile), predicted!.Value, 12);
    }

    [Fact]
    public void PredictRating_UnknownUser_CoversEveryCatalogueMovie()
    {
        var model = new BiasedBaseline();
        model.Fit(SmallRatings.Training());
        var profile = new UserProfile(99, [KeyValuePair.Create(20, 0.5)]);

        foreach (int movieId in SmallRatings.Movies.Select(movie => movie.MovieId))
        {
            double? predicted = model.PredictRating(profile, movieId);

            Assert.NotNull(predicted);
            Assert.InRange(predicted.Value, 0.5, 5.0);
        }
    }

    [Fact]
    public void PredictRating_EmptyProfile_ReturnsMeanPlusMovieBias()
    {
        var model = new BiasedBaseline();
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(UserProfile.Empty(0), 20);

        Assert.Equal(model.Predictor.GlobalMean + model.Predictor.ItemBias(1), predicted!.Value, 12);
    }

    [Fact]
    public void Recommend_TrainingUser_RanksByMovieBias()
    {
        var model = new BiasedBaseline();
        model.Fit(SmallRatings.Training());
        UserProfile profile = SmallRatings.Profile(4);

        IReadOnlyList<ScoredMovie> list = model.Recommend(profile, 10);

        // User 4 rated 10, 30 and 50; the rest (20, 40, 60) come in movie bias order.
        int[] unrated = [20, 40, 60];
        int[] expected = unrated
            .OrderByDescending(movieId => model.Predictor.ItemBias((movieId / 10) - 1))
            .ToArray();
        Assert.Equal(expected, list.Select(movie => movie.MovieId).ToArray());
        Assert.DoesNotContain(list, movie => profile.Ratings.ContainsKey(movie.MovieId));
        Assert.All(list, movie => Assert.False(double.IsNaN(movie.Score)));
    }

    [Fact]
    public void Predictor_BeforeFit_Throws()
    {
        var model = new BiasedBaseline();

        Assert.Throws<InvalidOperationException>(() => model.Predictor);
    }

    [Fact]
    public void Explain_TrainingUser_ListsMeanAndBiases()
    {
        var model = new BiasedBaseline();
        model.Fit(SmallRatings.Training());
        BaselinePredictor predictor = model.Predictor;

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 40)!;

        // User 1 is row 0 and movie 40 is column 3; the profile equals user 1's training ratings.
        Assert.Equal(model.PredictRating(SmallRatings.Profile(1), 40)!.Value, explanation.Score, 12);
        Assert.Equal(3, explanation.Contributions.Count);
        Assert.All(explanation.Contributions, entry => Assert.Equal(ContributionKind.Bias, entry.Kind));
        Assert.Equal(predictor.GlobalMean, WeightOf(explanation, "global mean"), 12);
        Assert.Equal(predictor.UserBias(0), WeightOf(explanation, "user bias"), 12);
        Assert.Equal(predictor.ItemBias(3), WeightOf(explanation, "movie bias"), 12);
    }

    [Fact]
    public void Explain_PredictionAboveFive_AddsClamp()
    {
        var model = new BiasedBaseline(new BaselineOptions { UserRegularization = 0, ItemRegularization = 0 });
        model.Fit(SmallRatings.Training());
        BaselinePredictor predictor = model.Predictor;
        int[] rated = [0, 1, 2, 3, 4];
        int lowest = rated.MinBy(predictor.ItemBias);
        int highest = rated.MaxBy(predictor.ItemBias);

        // Without regularization, a single 5.0 for the lowest-bias movie gives
        // b(u) = 5 - mu - b(lowest), so the highest-bias movie predicts 5 + b(highest) - b(lowest).
        var profile = new UserProfile(9, [KeyValuePair.Create(SmallRatings.Movies[lowest].MovieId, 5.0)]);
        double unclamped = predictor.Predict(predictor.ComputeUserBias(profile), highest);
        Explanation explanation = model.Explain(profile, SmallRatings.Movies[highest].MovieId, int.MaxValue)!;

        Assert.True(unclamped > 5.0, $"The unclamped prediction {unclamped} is not above 5.");
        Assert.Equal(5.0, explanation.Score);
        Contribution clamp = Assert.Single(explanation.Contributions, entry => entry.Kind == ContributionKind.Clamp);
        Assert.Equal(5.0 - unclamped, clamp.Weight, 12);
        Assert.Equal(5.0, explanation.Contributions.Sum(entry => entry.Weight), 12);
    }

    private static double WeightOf(Explanation explanation, string label) =>
        explanation.Contributions.Single(entry => entry.Label == label).Weight;
}
