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

    [Fact]
    public void Explain_MostRated_GivesRatingCount()
    {
        var model = new PopularityRecommender(PopularityRanking.MostRated);
        model.Fit(SmallRatings.Training());

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 40)!;

        // Movie 40 has two ratings, from users 2 and 3.
        Contribution count = Assert.Single(explanation.Contributions);
        Assert.Equal(2.0, explanation.Score);
        Assert.Equal(ContributionKind.Popularity, count.Kind);
        Assert.Equal(2.0, count.Weight);
        Assert.Equal(40, count.MovieId);
    }

    [Fact]
    public void Explain_BayesianAverage_SplitsOwnAndPriorShares()
    {
        var model = new PopularityRecommender(PopularityRanking.BayesianAverage, priorWeight: 2);
        model.Fit(SmallRatings.Training());

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 10)!;

        // Movie 10 has ratings 5, 4 and 1 (sum 10, n 3); m = 43 / 13 and C = 2, so the average
        // is (2 m + 10) / 5, of which 10 / 5 is the movie's own and 2 m / 5 the prior's.
        double globalMean = 43.0 / 13;
        Assert.Equal(((2 * globalMean) + 10) / 5, explanation.Score, 12);
        Assert.Equal(2, explanation.Contributions.Count);
        Contribution own = explanation.Contributions[0];
        Contribution prior = explanation.Contributions[1];
        Assert.Equal(ContributionKind.Popularity, own.Kind);
        Assert.Equal(2.0, own.Weight, 12);
        Assert.Equal("3 ratings averaging 3.33", own.Label);
        Assert.Equal(ContributionKind.Bias, prior.Kind);
        Assert.Equal(2 * globalMean / 5, prior.Weight, 12);
        Assert.Equal("global mean 3.31 as a prior worth 2 ratings", prior.Label);
    }

    [Fact]
    public void Explain_NoPriorNoRatings_GivesGlobalMean()
    {
        var model = new PopularityRecommender(PopularityRanking.BayesianAverage, priorWeight: 0);
        model.Fit(SmallRatings.Training());

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 60)!;

        Contribution mean = Assert.Single(explanation.Contributions);
        Assert.Equal(43.0 / 13, explanation.Score, 12);
        Assert.Equal(ContributionKind.Bias, mean.Kind);
        Assert.Equal(43.0 / 13, mean.Weight, 12);
    }
}
