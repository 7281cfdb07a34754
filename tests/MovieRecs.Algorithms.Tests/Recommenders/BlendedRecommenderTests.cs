using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;

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
}
