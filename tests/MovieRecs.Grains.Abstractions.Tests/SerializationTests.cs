using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace MovieRecs.Grains.Abstractions.Tests;

public sealed class SerializationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void RecommendationList_RoundTrip_KeepsEveryField()
    {
        var list = new RecommendationList(
            7,
            "item-knn",
            "popularity",
            Fallback: true,
            [new RecommendedMovie(1, "Toy Story (1995)", 1995, ["Animation", "Comedy"], 4.25)]);

        RecommendationList? copy = Serializer.Deserialize<RecommendationList>(Serializer.SerializeToArray(list));

        Assert.NotNull(copy);
        Assert.Equal(7, copy.UserId);
        Assert.Equal("item-knn", copy.Model);
        Assert.Equal("popularity", copy.ServedBy);
        Assert.True(copy.Fallback);
        RecommendedMovie movie = Assert.Single(copy.Items);
        Assert.Equal("Toy Story (1995)", movie.Title);
        Assert.Equal(1995, movie.Year);
        Assert.Equal(["Animation", "Comedy"], movie.Genres);
        Assert.Equal(4.25, movie.Score);
    }

    [Fact]
    public void EvaluationReport_RoundTrip_KeepsFinishTimeAndCurve()
    {
        var finishedAt = new DateTimeOffset(2026, 12, 4, 22, 15, 0, TimeSpan.Zero);
        var result = new ModelEvaluationResult(
            "wals", "temporal-holdout", null, null, 0, 0.08, 0.07, 10, 1.5, 2.5, 100, 0, 50, "S1", 0.1, 0.05,
            0.2, 0.4, 0.05, 9.5, 0.6, 0.75, [new RankingCurvePointResult(1, 0.2, 0.01, 0.2, 0.2, 0.2)]);
        var report = new EvaluationReport("temporal-holdout", [result], 12.5, finishedAt);

        EvaluationReport? copy = Serializer.Deserialize<EvaluationReport>(Serializer.SerializeToArray(report));

        Assert.NotNull(copy);
        Assert.Equal(finishedAt, copy.FinishedAt);
        ModelEvaluationResult copiedResult = Assert.Single(copy.Results);
        Assert.Null(copiedResult.Rmse);
        Assert.Equal(0.75, copiedResult.PopularShare);
        Assert.NotNull(copiedResult.Curve);
        Assert.Equal(new RankingCurvePointResult(1, 0.2, 0.01, 0.2, 0.2, 0.2), Assert.Single(copiedResult.Curve));
    }

    [Fact]
    public void DatasetProfileResult_RoundTrip_KeepsNestedLists()
    {
        var first = new DateTimeOffset(1996, 3, 29, 18, 36, 55, TimeSpan.Zero);
        var profile = new DatasetProfileResult(
            610, 9742, 9724, 100836, 98.3, first, null, 3.5,
            [new ValueCountResult(0.5, 1370)],
            [new ValueCountResult(1, 2698), new ValueCountResult(610, 20)],
            [new ValueCountResult(1, 329)],
            [new MonthlyCountResult(1996, 3, 58)],
            Enumerable.Range(0, 24).ToArray(),
            Enumerable.Range(0, 7).ToArray(),
            [new GenreStatisticsResult("Drama", 4361, 41928, 3.66), new GenreStatisticsResult("(no genres listed)", 34, 0, null)],
            [[4361, 0], [0, 34]],
            [[0.63, 0.0], [0.001, 0.0]],
            0.158,
            [new MovieRatingCountResult(356, "Forrest Gump (1994)", 329)]);

        DatasetProfileResult? copy = Serializer.Deserialize<DatasetProfileResult>(Serializer.SerializeToArray(profile));

        Assert.NotNull(copy);
        Assert.Equal(first, copy.FirstRating);
        Assert.Null(copy.LastRating);
        Assert.Equal(profile.RatingsPerUser, copy.RatingsPerUser);
        Assert.Equal(profile.RatingsByHour, copy.RatingsByHour);
        Assert.Equal(profile.Genres, copy.Genres);
        Assert.Equal([0, 34], copy.GenreCooccurrence[1]);
        Assert.Equal([0.001, 0.0], copy.Density[1]);
        Assert.Equal(profile.MostRatedMovies, copy.MostRatedMovies);
    }

    [Fact]
    public void MovieSimilarityResult_RoundTrip_KeepsUndefinedCells()
    {
        var matrix = new MovieSimilarityResult(
            [1, 2],
            ["Toy Story (1995)", "Jumanji (1995)"],
            ItemSimilarityMetric.Pearson,
            [[1.0, null], [null, 1.0]]);

        MovieSimilarityResult? copy = Serializer.Deserialize<MovieSimilarityResult>(Serializer.SerializeToArray(matrix));

        Assert.NotNull(copy);
        Assert.Equal(ItemSimilarityMetric.Pearson, copy.Metric);
        Assert.Equal(matrix.Titles, copy.Titles);
        Assert.Equal([1.0, null], copy.Values[0]);
        Assert.Equal([null, 1.0], copy.Values[1]);
    }

    [Fact]
    public void RecommendedMovie_RoundTrip_KeepsReason()
    {
        var reason = new RecommendationReason("rated-movie", "because you rated Heat (1995) highly (5.0)", 0.25, 6);
        var movie = new RecommendedMovie(1, "Toy Story (1995)", 1995, ["Animation"], 4.25, reason);

        RecommendedMovie? copy = Serializer.Deserialize<RecommendedMovie>(Serializer.SerializeToArray(movie));

        Assert.NotNull(copy);
        Assert.Equal(reason, copy.Reason);
    }

    [Fact]
    public void EvaluationJobStatus_RoundTrip_KeepsProgressAndReport()
    {
        var startedAt = new DateTimeOffset(2026, 12, 4, 22, 0, 0, TimeSpan.Zero);
        var report = new EvaluationReport("temporal-holdout", [], 3.5, startedAt.AddSeconds(4));
        var status = new EvaluationJobStatus(
            "evaluation-1234abcd",
            EvaluationJobState.Completed,
            ["popularity", "wals"],
            ModelsDone: 2,
            startedAt,
            startedAt.AddSeconds(4),
            Error: null,
            report);

        EvaluationJobStatus? copy = Serializer.Deserialize<EvaluationJobStatus>(Serializer.SerializeToArray(status));

        Assert.NotNull(copy);
        Assert.Equal(EvaluationJobState.Completed, copy.State);
        Assert.Equal(["popularity", "wals"], copy.Models);
        Assert.Equal(2, copy.ModelsDone);
        Assert.Equal(2, copy.ModelsTotal);
        Assert.Equal(startedAt.AddSeconds(4), copy.FinishedAt);
        Assert.Equal(3.5, copy.Report?.ElapsedSeconds);
    }

    [Fact]
    public void ColdStartRequest_RoundTrip_KeepsGenresAndRatings()
    {
        var request = new ColdStartRequest(["Comedy", "Drama"], [new ColdStartRating(1, 4.5)]);

        ColdStartRequest? copy = Serializer.Deserialize<ColdStartRequest>(Serializer.SerializeToArray(request));

        Assert.NotNull(copy);
        Assert.Equal(["Comedy", "Drama"], copy.Genres);
        Assert.Equal(new ColdStartRating(1, 4.5), Assert.Single(copy.Ratings));
    }

    [Fact]
    public void InvalidRequestValueException_RoundTrip_KeepsParameter()
    {
        var exception = new InvalidRequestValueException("genres", "The genre 'Nope' is not in the catalogue.");

        InvalidRequestValueException? copy =
            Serializer.Deserialize<InvalidRequestValueException>(Serializer.SerializeToArray(exception));

        Assert.NotNull(copy);
        Assert.Equal("genres", copy.Parameter);
        Assert.Equal("The genre 'Nope' is not in the catalogue.", copy.Message);
    }

    [Fact]
    public void RatingStoreHealth_RoundTrip_KeepsEveryField()
    {
        var health = new RatingStoreHealth("sqlite", "S127.0.0.1:11111:1", IsReachable: false, "unable to open", 2.5);

        RatingStoreHealth? copy = Serializer.Deserialize<RatingStoreHealth>(Serializer.SerializeToArray(health));

        Assert.Equal(health, copy);
    }

    [Fact]
    public void InvalidRatingException_RoundTrip_KeepsValueAndMessage()
    {
        var exception = new InvalidRatingException(12, 4.3);

        InvalidRatingException? copy = Serializer.Deserialize<InvalidRatingException>(Serializer.SerializeToArray(exception));

        Assert.NotNull(copy);
        Assert.Equal(12, copy.MovieId);
        Assert.Equal(4.3, copy.Rating);
        Assert.Contains("Rating 4.3 for movie 12 is invalid", copy.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(5.0, true)]
    [InlineData(3.5, true)]
    [InlineData(0.0, false)]
    [InlineData(5.5, false)]
    [InlineData(4.25, false)]
    [InlineData(double.NaN, false)]
    public void RatingScale_Value_IsValidOnlyOnHalfStarGrid(double value, bool expected)
    {
        Assert.Equal(expected, RatingScale.IsValid(value));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(0, false)]
    [InlineData(101, false)]
    public void RecommendationLimits_Count_IsValidFromOneToHundred(int count, bool expected)
    {
        Assert.Equal(expected, RecommendationLimits.IsValidCount(count));
    }
}
