using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class PopularityRecommenderTests
{
    [Fact]
    public void Recommend_MostRated_RanksByCountThenMovieId()
    {
        var model = new PopularityRecommender(PopularityRanking.MostRated);
        model.Fit(SmallRatings.Training());

        IReadOnlyList<ScoredMovie> list = model.Recommend(SmallRatings.Profile(1), 10);

        // Movies 40 and 50 both have 2 ratings, so the lower id comes first; 60 has none.
        Assert.Equal([40, 50, 60], list.Select(movie => movie.MovieId));
        Assert.Equal([2.0, 2.0, 0.0], list.Select(movie => movie.Score));
    }

    [Fact]
    public void Recommend_BayesianAverage_ShrinksTowardGlobalMean()
    {
        var model = new PopularityRecommender(PopularityRanking.BayesianAverage);
        model.Fit(SmallRatings.Training());

        IReadOnlyList<ScoredMovie> list = model.Recommend(SmallRatings.Profile(1), 10);

        // Global mean m = 43 / 13; prior weight C = 13 ratings / 5 rated movies = 2.6.
        // Movies 40 and 50: (2.6 m + 6) / 4.6; movie 60 with no ratings: m.
        double globalMean = 43.0 / 13;
        double shrunk = ((2.6 * globalMean) + 6) / 4.6;
        Assert.Equal(2.6, model.PriorWeight, 12);
        Assert.Equal([60, 40, 50], list.Select(movie => movie.MovieId));
        Assert.Equal(globalMean, list[0].Score, 12);
        Assert.Equal(shrunk, list[1].Score, 12);
        Assert.Equal(shrunk, list[2].Score, 12);
    }

    [Fact]
    public void PredictRating_UnknownMovie_ReturnsNull()
    {
        var model = new PopularityRecommender();
        model.Fit(SmallRatings.Training());

        Assert.Null(model.PredictRating(SmallRatings.Profile(1), 999));
    }

    [Fact]
    public void Recommend_BeforeFit_Throws()
    {
        var model = new PopularityRecommender();

        var exception = Assert.Throws<InvalidOperationException>(() => model.Recommend(SmallRatings.Profile(1), 5));

        Assert.Contains("popularity", exception.Message, StringComparison.Ordinal);
    }
}
