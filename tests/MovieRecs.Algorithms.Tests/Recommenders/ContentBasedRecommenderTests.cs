using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class ContentBasedRecommenderTests
{
    [Fact]
    public void BuildProfile_LikedMovies_CountsTheirGenres()
    {
        var model = new ContentBasedRecommender();
        model.Fit(SmallRatings.Training());

        double[] profile = model.BuildProfile(SmallRatings.Profile(1));

        // Columns in ordinal order: "(no genres listed)", Action, Comedy, Drama.
        // User 1 liked movie 10 (Comedy, Drama) and movie 30 (Drama); 20 was rated 3.
        Assert.Equal([0.0, 0.0, 1.0, 2.0], profile);
    }

    [Fact]
    public void Recommend_UserOne_RanksByGenreCosine()
    {
        var model = new ContentBasedRecommender();
        model.Fit(SmallRatings.Training());

        IReadOnlyList<ScoredMovie> list = model.Recommend(SmallRatings.Profile(1), 10);

        // Movie 50 (Action, Comedy): 1 / (sqrt 2 * sqrt 5). Movies 40 and 60 share no genre with
        // the profile (cosine 0); 40 has more ratings, so it ranks before 60.
        Assert.Equal([50, 40, 60], list.Select(movie => movie.MovieId));
        Assert.Equal(1 / Math.Sqrt(10), list[0].Score, 12);
        Assert.Equal(0.0, list[1].Score, 12);
    }

    [Fact]
    public void PredictRating_UserOneMovieFifty_AveragesGenreNeighbors()
    {
        var model = new ContentBasedRecommender();
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 50);

        // Genre cosines of 50 with the rated movies: 10 -> 1/2, 20 -> 1/sqrt 2, 30 -> 0 (left out).
        // User mean 4: 4 + (0.5 * (5 - 4) + (1/sqrt 2) * (3 - 4)) / (0.5 + 1/sqrt 2).
        double high = 0.5;
        double low = 1 / Math.Sqrt(2);
        Assert.NotNull(predicted);
        Assert.Equal(4 + (((high * 1) - low) / (high + low)), predicted.Value, 12);
    }

    [Fact]
    public void Recommend_NoLikedMovie_FallsBackToOwnMean()
    {
        var model = new ContentBasedRecommender();
        model.Fit(SmallRatings.Training());
        var profile = new UserProfile(9, [KeyValuePair.Create(20, 3.0), KeyValuePair.Create(40, 2.0)]);

        double[] genres = model.BuildProfile(profile);

        // Mean 2.5: only movie 20 (Comedy) is at or above it.
        Assert.Equal([0.0, 0.0, 1.0, 0.0], genres);
    }
}
