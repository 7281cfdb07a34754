using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Tests.Recommenders;

namespace MovieRecs.Algorithms.Tests.Evaluation;

public class EvaluatorTests
{
    [Fact]
    public void Evaluate_Popularity_MatchesHandScores()
    {
        // Train: user 1 rated 10 and 20, user 2 rated 10. Test: user 1 rated 30 (5.0, relevant),
        // user 2 rated 20 (2.0, not relevant). Popularity ranks 10 (2), 20 (1), 30 (0) and more.
        Rating[] train = [new(1, 10, 4.0, 1), new(1, 20, 3.0, 2), new(2, 10, 5.0, 1)];
        Rating[] test = [new(1, 30, 5.0, 3), new(2, 20, 2.0, 2)];
        var split = DataSplitter.External(train, test);

        ModelEvaluation result = new Evaluator().Evaluate(
            new PopularityRecommender(priorWeight: 0),
            split,
            SmallRatings.Movies,
            new EvaluationOptions { K = 2 });

        // With C = 0 the prediction is the movie's own mean: 30 has none, so the global mean 4.0;
        // 20 has 3.0. Errors: 1.0 and 1.0.
        Assert.Equal(1.0, result.Rmse!.Value, 12);
        Assert.Equal(1.0, result.Mae!.Value, 12);
        Assert.Equal(1.0, result.Coverage, 12);

        // User 1's top-2 over unrated movies: 30, 40 (no ratings, ids ascending). Hit on 30.
        Assert.Equal(1, result.RankedUsers);
        Assert.Equal(0.5, result.PrecisionAtK, 12);
        Assert.Equal(1.0, result.RecallAtK, 12);
        Assert.Equal(2, result.TestRatings);
        Assert.Equal(1.0, result.NdcgAtK, 12);
        Assert.Equal(1.0, result.MapAtK, 12);
        Assert.Equal(1.0, result.Mrr, 12);
        Assert.Equal(1.0, result.HitRateAtK, 12);
    }

    [Fact]
    public void Evaluate_Popularity_MatchesHandListMetrics()
    {
        Rating[] train = [new(1, 10, 4.0, 1), new(1, 20, 3.0, 2), new(2, 10, 5.0, 1)];
        Rating[] test = [new(1, 30, 5.0, 3), new(2, 20, 2.0, 2)];

        ModelEvaluation result = new Evaluator().Evaluate(
            new PopularityRecommender(priorWeight: 0),
            DataSplitter.External(train, test),
            SmallRatings.Movies,
            new EvaluationOptions { K = 2 });

        // Lists at k = 2: user 1 gets [30, 40], user 2 gets [20, 30]; 3 of 6 movies appear.
        // The 1% most rated is movie 10 alone, which no list contains. Self-information over the
        // two training users: movies 30 and 40 (no raters) -log2(1/3), movie 20 (one) -log2(2/3).
        double unrated = -Math.Log2(1.0 / 3);
        double once = -Math.Log2(2.0 / 3);
        Assert.Equal(0.5, result.CatalogCoverage, 12);
        Assert.Equal(0.0, result.PopularShare, 12);
        Assert.Equal(((3 * unrated) + once) / 4, result.Novelty, 12);
        Assert.Equal(20, result.Curve.Count);
        Assert.Equal(1.0, result.Curve[0].Precision, 12);
        Assert.Equal(0.5, result.Curve[1].Precision, 12);
    }

    [Fact]
    public void Evaluate_Popularity_MeasuresGenreDiversity()
    {
        Rating[] train = [new(1, 10, 4.0, 1), new(1, 20, 3.0, 2), new(2, 10, 5.0, 1)];
        Rating[] test = [new(1, 30, 5.0, 3), new(2, 20, 2.0, 2)];

        ModelEvaluation result = new Evaluator().Evaluate(
            new PopularityRecommender(priorWeight: 0),
            DataSplitter.External(train, test),
            SmallRatings.Movies,
            new EvaluationOptions { K = 2 });

        // User 1: 30 (Drama) and 40 (Action) share no genre, distance 1. User 2: 20 (Comedy) and
        // 30 (Drama), distance 1 as well.
        Assert.Equal(1.0, result.IntraListDiversity, 12);
    }

    [Fact]
    public void Evaluate_ItemKnn_ReportsPartialCoverage()
    {
        Rating[] train = [new(1, 10, 4.0, 1), new(1, 20, 3.0, 2), new(2, 10, 5.0, 1)];
        Rating[] test = [new(1, 30, 5.0, 3), new(2, 20, 2.0, 2)];

        ModelEvaluation result = new Evaluator().Evaluate(
            new ItemKnnRecommender(new KnnOptions()),
            DataSplitter.External(train, test),
            SmallRatings.Movies,
            new EvaluationOptions { K = 2 });

        // Movie 30 has no training ratings, so no neighbors; 20 neighbors 10, which user 2 rated.
        // Mean-centred: mean(20) + (5 - mean(10)) = 3 + (5 - 4.5) = 3.5 against an actual 2.0.
        Assert.Equal(0.5, result.Coverage, 12);
        Assert.Equal(1, result.PredictedRatings);
        Assert.Equal(1.5, result.Rmse!.Value, 12);
    }

    [Fact]
    public void Evaluate_Popularity_BreaksDownByBucket()
    {
        Rating[] train = [new(1, 10, 4.0, 1), new(1, 20, 3.0, 2), new(2, 10, 5.0, 1)];
        Rating[] test = [new(1, 30, 5.0, 3), new(2, 20, 2.0, 2)];

        ModelEvaluation result = new Evaluator().Evaluate(
            new PopularityRecommender(priorWeight: 0),
            DataSplitter.External(train, test),
            SmallRatings.Movies,
            new EvaluationOptions { K = 2 });

        // Both users have fewer than 10 training ratings. Movie 30 has no training rating
        // (bucket "0-0") and was hit; movie 20 has one ("1-9") and is not relevant.
        BucketMetrics lightUsers = result.ByUserActivity[0];
        Assert.Equal("0-9", lightUsers.Bucket);
        Assert.Equal(2, lightUsers.Users);
        Assert.Equal(1.0, lightUsers.Rmse!.Value, 12);
        Assert.Equal(0.5, lightUsers.PrecisionAtK!.Value, 12);
        Assert.Equal(0, result.ByUserActivity[1].Users);
        Assert.Null(result.ByUserActivity[1].Rmse);

        BucketMetrics unrated = result.ByMoviePopularity[0];
        Assert.Equal("0-0", unrated.Bucket);
        Assert.Equal(1, unrated.TestRatings);
        Assert.Equal(1.0, unrated.RecallAtK!.Value, 12);
        Assert.Equal(0.75, unrated.RecommendedShare, 12);
        Assert.Null(result.ByMoviePopularity[1].RecallAtK);

        Assert.Equal(2, result.PerUser.Count);
        Assert.NotNull(result.Intervals["rmse"]);
    }
}
