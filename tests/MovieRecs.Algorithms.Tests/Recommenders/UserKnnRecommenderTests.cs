using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class UserKnnRecommenderTests
{
    [Fact]
    public void PredictRating_UserOneMovieForty_MatchesHandValue()
    {
        var model = new UserKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 40);

        // Raters of 40: user 2 (5) and user 3 (1). cos(1, 2) = 26 / sqrt(50 * 45),
        // cos(1, 3) = 23 / sqrt(50 * 46); means: user 1 = 4, user 2 = 11/3, user 3 = 3.
        double toTwo = 26 / Math.Sqrt(50 * 45);
        double toThree = 23 / Math.Sqrt(50 * 46);
        double expected = 4 + (((toTwo * (5 - (11.0 / 3))) + (toThree * (1 - 3))) / (toTwo + toThree));
        Assert.NotNull(predicted);
        Assert.Equal(expected, predicted.Value, 12);
    }

    [Fact]
    public void PredictRating_RawUserOneMovieForty_AveragesNeighborRatings()
    {
        var model = new UserKnnRecommender(new KnnOptions { Prediction = KnnPrediction.Raw });
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 40);

        double toTwo = 26 / Math.Sqrt(50 * 45);
        double toThree = 23 / Math.Sqrt(50 * 46);
        Assert.Equal(((toTwo * 5) + (toThree * 1)) / (toTwo + toThree), predicted!.Value, 12);
    }

    [Fact]
    public void PredictRating_MinCoRatingsThree_DropsThinNeighbors()
    {
        var model = new UserKnnRecommender(new KnnOptions { MinCoRatings = 3 });
        model.Fit(SmallRatings.Training());

        // User 1 shares two movies with user 2 and two with user 3, the raters of 40.
        Assert.Null(model.PredictRating(SmallRatings.Profile(1), 40));
    }

    [Fact]
    public void PredictRating_PearsonUndefinedNeighbors_ReturnsNull()
    {
        var model = new UserKnnRecommender(new KnnOptions { Metric = SimilarityMetric.Pearson });
        model.Fit(SmallRatings.Training());

        // A new user shares only movie 10 with each rater of 40, so every Pearson is undefined.
        var profile = new UserProfile(8, [KeyValuePair.Create(10, 4.0)]);

        Assert.Null(model.PredictRating(profile, 40));
    }

    [Fact]
    public void Recommend_TrainingUser_LeavesOwnRowOut()
    {
        var model = new UserKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());

        // With its own row as a neighbor, user 3 would predict movie 50 from itself; only the
        // other raters of 50 (user 4) may count.
        var profile = new UserProfile(3, [KeyValuePair.Create(20, 5.0), KeyValuePair.Create(30, 2.0), KeyValuePair.Create(40, 1.0)]);
        double? predicted = model.PredictRating(profile, 50);

        // cos(profile, user 4) = (2 * 5) / sqrt(30 * 30); user 4's mean is 8/3.
        double expectedMean = 8.0 / 3;
        Assert.Equal(profile.Mean + (2 - expectedMean), predicted!.Value, 12);
    }

    [Fact]
    public void Explain_MovieForty_GivesUserShares()
    {
        var model = new UserKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 40, int.MaxValue)!;

        // The same neighbors as the hand value above: users 2 (rated 5, mean 11/3) and 3 (1, mean 3).
        double toTwo = 26 / Math.Sqrt(50 * 45);
        double toThree = 23 / Math.Sqrt(50 * 46);
        double weights = toTwo + toThree;
        var byUser = explanation.Contributions
            .Where(entry => entry.Kind == ContributionKind.SimilarUser)
            .ToDictionary(entry => entry.UserId!.Value);
        Contribution mean = Assert.Single(explanation.Contributions, entry => entry.Kind == ContributionKind.Bias);
        Assert.Equal(4.0, mean.Weight, 12);
        Assert.Equal(toTwo * (5 - (11.0 / 3)) / weights, byUser[2].Weight, 12);
        Assert.Equal(toThree * (1 - 3) / weights, byUser[3].Weight, 12);
        Assert.Equal("similar user 2", byUser[2].Label);
        Assert.Equal(model.PredictRating(SmallRatings.Profile(1), 40)!.Value, explanation.Score, 12);
    }

    [Fact]
    public void Explain_EmptyProfile_ReturnsNull()
    {
        var model = new UserKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());

        Assert.Null(model.Explain(UserProfile.Empty(9), 40));
    }
}
