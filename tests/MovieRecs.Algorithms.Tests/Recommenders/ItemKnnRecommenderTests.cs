using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class ItemKnnRecommenderTests
{
    // Item columns over users 1-4: 10 = (5, 4, 0, 1), 20 = (3, 2, 5, 0), 30 = (4, 0, 2, 5),
    // 40 = (0, 5, 1, 0). Squared norms 42, 38, 45, 26.
    private static readonly double Cosine40And10 = 20 / Math.Sqrt(26 * 42);
    private static readonly double Cosine40And20 = 15 / Math.Sqrt(26 * 38);
    private static readonly double Cosine40And30 = 2 / Math.Sqrt(26 * 45);

    [Fact]
    public void NeighborsOf_MovieForty_HoldsHandCosines()
    {
        var model = new ItemKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());

        IReadOnlyList<MovieNeighbor> neighbors = model.NeighborsOf(40);

        Assert.Equal([10, 20, 50, 30], neighbors.Select(neighbor => neighbor.MovieId));
        Assert.Equal(Cosine40And10, neighbors[0].Similarity, 12);
        Assert.Equal(Cosine40And20, neighbors[1].Similarity, 12);
        Assert.Equal(4 / Math.Sqrt(26 * 20), neighbors[2].Similarity, 12);
        Assert.Equal(Cosine40And30, neighbors[3].Similarity, 12);
    }

    [Fact]
    public void PredictRating_RawUserOneMovieForty_WeightsRatedNeighbors()
    {
        var model = new ItemKnnRecommender(new KnnOptions { Prediction = KnnPrediction.Raw });
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 40);

        double expected = ((Cosine40And10 * 5) + (Cosine40And20 * 3) + (Cosine40And30 * 4))
            / (Cosine40And10 + Cosine40And20 + Cosine40And30);
        Assert.NotNull(predicted);
        Assert.Equal(expected, predicted.Value, 12);
    }

    [Fact]
    public void PredictRating_TwoNeighbors_KeepsStrongestTwo()
    {
        var model = new ItemKnnRecommender(new KnnOptions { MaxNeighbors = 2, Prediction = KnnPrediction.Raw });
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 40);

        double expected = ((Cosine40And10 * 5) + (Cosine40And20 * 3)) / (Cosine40And10 + Cosine40And20);
        Assert.Equal(expected, predicted!.Value, 12);
    }

    [Fact]
    public void PredictRating_MeanCenteredUserOneMovieForty_AddsOffsets()
    {
        var model = new ItemKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 40);

        // Item means: 10 -> 10/3, 20 -> 10/3, 30 -> 11/3, 40 -> 3.
        double offsets = (Cosine40And10 * (5 - (10.0 / 3))) + (Cosine40And20 * (3 - (10.0 / 3)))
            + (Cosine40And30 * (4 - (11.0 / 3)));
        double expected = 3 + (offsets / (Cosine40And10 + Cosine40And20 + Cosine40And30));
        Assert.NotNull(predicted);
        Assert.Equal(expected, predicted.Value, 12);
    }

    [Fact]
    public void PredictRating_NoRatedNeighbor_ReturnsNull()
    {
        var model = new ItemKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());
        var profile = new UserProfile(7, [KeyValuePair.Create(60, 4.0)]);

        Assert.Null(model.PredictRating(profile, 40));
    }

    [Fact]
    public void Recommend_ExternalLists_MatchesOwnLists()
    {
        var model = new ItemKnnRecommender(new KnnOptions { Metric = SimilarityMetric.Pearson });
        model.Fit(SmallRatings.Training());
        UserProfile profile = SmallRatings.Profile(4);
        var lists = profile.Ratings.Keys.ToDictionary(movieId => movieId, model.NeighborsOf);

        IReadOnlyList<ScoredMovie> own = model.Recommend(profile, 5);
        IReadOnlyList<ScoredMovie> external = model.Recommend(profile, 5, lists);

        Assert.Equal(own, external);
    }

    [Theory]
    [InlineData(SimilarityMetric.Cosine, KnnPrediction.MeanCentered)]
    [InlineData(SimilarityMetric.Pearson, KnnPrediction.Raw)]
    public void Explain_ExternalLists_MatchesOwnLists(SimilarityMetric metric, KnnPrediction prediction)
    {
        var model = new ItemKnnRecommender(new KnnOptions { Metric = metric, Prediction = prediction });
        model.Fit(SmallRatings.Training());
        UserProfile profile = SmallRatings.Profile(4);
        var lists = profile.Ratings.Keys.ToDictionary(movieId => movieId, model.NeighborsOf);
        int[] movieIds = [10, 20, 30, 40, 50];

        Explanation?[] own = movieIds.Select(movieId => model.Explain(profile, movieId, int.MaxValue)).ToArray();
        Explanation?[] external = movieIds.Select(movieId => model.Explain(profile, movieId, lists, int.MaxValue)).ToArray();

        Assert.Contains(own, explanation => explanation is not null);
        Assert.Equal(own.Select(explanation => explanation?.Score), external.Select(explanation => explanation?.Score));
        Assert.Equal(
            own.Select(explanation => explanation?.Contributions ?? []),
            external.Select(explanation => explanation?.Contributions ?? []));
    }

    [Fact]
    public void Explain_ExternalListsWithoutMovie_ReturnsNull()
    {
        var model = new ItemKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());
        UserProfile profile = SmallRatings.Profile(1);
        var lists = profile.Ratings.Keys.ToDictionary(
            movieId => movieId,
            movieId => (IReadOnlyList<MovieNeighbor>)model.NeighborsOf(movieId).Where(n => n.MovieId != 40).ToArray());

        Assert.Null(model.Explain(profile, 40, lists));
        Assert.Null(model.Explain(profile, 123_456, lists));
    }

    [Fact]
    public void Fit_PresetGraph_IsUsedAsGiven()
    {
        var model = new ItemKnnRecommender(new KnnOptions());
        TrainingData data = SmallRatings.Training();

        model.Fit(data, NeighborGraph.Empty(data.Ratings.Items.Count));

        Assert.Empty(model.NeighborsOf(40));
        Assert.Empty(model.Recommend(SmallRatings.Profile(1), 5));
    }

    [Fact]
    public void Explain_RawMovieForty_SharesRatings()
    {
        var model = new ItemKnnRecommender(new KnnOptions { Prediction = KnnPrediction.Raw });
        model.Fit(SmallRatings.Training());

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 40, int.MaxValue)!;

        // Shares s r / sum |s|: about 3.03 for movie 10, 1.43 for 20 and 0.23 for 30.
        double weights = Cosine40And10 + Cosine40And20 + Cosine40And30;
        Assert.Equal([10, 20, 30], explanation.Contributions.Select(entry => entry.MovieId));
        Assert.All(explanation.Contributions, entry => Assert.Equal(ContributionKind.RatedMovie, entry.Kind));
        Assert.Equal(Cosine40And10 * 5 / weights, explanation.Contributions[0].Weight, 12);
        Assert.Equal(Cosine40And20 * 3 / weights, explanation.Contributions[1].Weight, 12);
        Assert.Equal(Cosine40And30 * 4 / weights, explanation.Contributions[2].Weight, 12);
        Assert.Equal("Ten (1995)", explanation.Contributions[0].Label);
        Assert.Equal(model.PredictRating(SmallRatings.Profile(1), 40)!.Value, explanation.Score, 12);
    }

    [Fact]
    public void Explain_MeanCentered_AddsMovieMean()
    {
        var model = new ItemKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 40, int.MaxValue)!;

        // Item means: 10 -> 10/3, 20 -> 10/3, 30 -> 11/3, 40 -> 3.
        double weights = Cosine40And10 + Cosine40And20 + Cosine40And30;
        var byMovie = explanation.Contributions
            .Where(entry => entry.Kind == ContributionKind.RatedMovie)
            .ToDictionary(entry => entry.MovieId!.Value, entry => entry.Weight);
        Contribution mean = Assert.Single(
            explanation.Contributions,
            entry => entry.Kind == ContributionKind.Popularity);
        Assert.Equal(3.0, mean.Weight, 12);
        Assert.Equal(Cosine40And10 * (5 - (10.0 / 3)) / weights, byMovie[10], 12);
        Assert.Equal(Cosine40And20 * (3 - (10.0 / 3)) / weights, byMovie[20], 12);
        Assert.Equal(Cosine40And30 * (4 - (11.0 / 3)) / weights, byMovie[30], 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(entry => entry.Weight), 12);
    }

    [Fact]
    public void Explain_NoRatedNeighbor_ReturnsNull()
    {
        var model = new ItemKnnRecommender(new KnnOptions());
        model.Fit(SmallRatings.Training());
        var profile = new UserProfile(7, [KeyValuePair.Create(60, 4.0)]);

        Assert.Null(model.Explain(profile, 40));
    }

    [Fact]
    public void Explain_BaselineNoRatedNeighbor_GivesBiases()
    {
        var model = new ItemKnnRecommender(new KnnOptions
        {
            Metric = SimilarityMetric.AdjustedCosine,
            Prediction = KnnPrediction.BaselineAdjusted,
        });
        model.Fit(SmallRatings.Training());
        var profile = new UserProfile(7, [KeyValuePair.Create(60, 4.0)]);

        Explanation explanation = model.Explain(profile, 40, int.MaxValue)!;

        Assert.Equal(3, explanation.Contributions.Count);
        Assert.All(explanation.Contributions, entry => Assert.Equal(ContributionKind.Bias, entry.Kind));
        Assert.Equal(model.PredictRating(profile, 40)!.Value, explanation.Score, 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(entry => entry.Weight), 12);
    }
}
