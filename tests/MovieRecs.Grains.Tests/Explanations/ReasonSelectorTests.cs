using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Explanations;

namespace MovieRecs.Grains.Tests.Explanations;

public sealed class ReasonSelectorTests
{
    private static readonly UserProfile Profile = new(
        5,
        [KeyValuePair.Create(10, 5.0), KeyValuePair.Create(20, 3.0)]);

    [Fact]
    public void Select_RatedMovieBelowBias_PrefersRatedMovie()
    {
        var explanation = new Explanation(99, 4.1,
        [
            new Contribution(ContributionKind.Bias, "global mean", 3.5),
            new Contribution(ContributionKind.RatedMovie, "Heat (1995)", 0.4, MovieId: 10),
        ]);

        RecommendationReason? reason = ReasonSelector.Select(explanation, Profile);

        Assert.NotNull(reason);
        Assert.Equal("rated-movie", reason.Kind);
        Assert.Equal("because you rated Heat (1995) highly (5.0)", reason.Text);
        Assert.Equal(0.4, reason.Weight);
        Assert.Equal(10, reason.MovieId);
    }

    [Fact]
    public void Select_RatedMovieNotHigh_StatesRating()
    {
        var explanation = new Explanation(99, 3.2,
        [
            new Contribution(ContributionKind.RatedMovie, "Casino (1995)", 0.2, MovieId: 20),
        ]);

        RecommendationReason? reason = ReasonSelector.Select(explanation, Profile);

        Assert.Equal("because you rated Casino (1995) 3.0", reason?.Text);
    }

    [Fact]
    public void Select_NegativeEvidence_IsSkipped()
    {
        var explanation = new Explanation(99, 2.0,
        [
            new Contribution(ContributionKind.RatedMovie, "Heat (1995)", -0.9, MovieId: 10),
            new Contribution(ContributionKind.SimilarUser, "similar user 19", 0.1, UserId: 19),
        ]);

        RecommendationReason? reason = ReasonSelector.Select(explanation, Profile);

        Assert.Equal("similar-user", reason?.Kind);
        Assert.Equal(19, reason?.UserId);
    }

    [Theory]
    [InlineData(ContributionLabels.RatingCount, 329.0, "popular: rated by 329 users")]
    [InlineData(ContributionLabels.MovieMean, 3.9166, "well rated: a mean rating of 3.92")]
    [InlineData("215 ratings averaging 3.92", 3.8, "highly rated: 215 ratings averaging 3.92")]
    public void Select_OnlyPopularity_DescribesPopularity(string label, double weight, string expected)
    {
        var explanation = new Explanation(1, weight, [new Contribution(ContributionKind.Popularity, label, weight, 1)]);

        RecommendationReason? reason = ReasonSelector.Select(explanation, Profile);

        Assert.Equal("popularity", reason?.Kind);
        Assert.Equal(expected, reason?.Text);
    }

    [Fact]
    public void Select_OnlyClampAndNegative_ReturnsNull()
    {
        var explanation = new Explanation(1, 5.0,
        [
            new Contribution(ContributionKind.Clamp, "clamp to the 0.5-5.0 rating scale", 0.3),
            new Contribution(ContributionKind.Genre, "Drama", -0.2),
        ]);

        Assert.Null(ReasonSelector.Select(explanation, Profile));
        Assert.Null(ReasonSelector.Select(null, Profile));
    }
}
