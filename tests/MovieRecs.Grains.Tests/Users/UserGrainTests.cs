using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using MovieRecs.Storage.Sqlite;

namespace MovieRecs.Grains.Tests.Users;

/// <summary>
/// User grain behaviour on the synthetic data set: validation, caching, fallback, persistence.
/// </summary>
/// <remarks>
/// Each test uses its own user ids, because the cluster is shared by the collection.
/// </remarks>
[Collection(SyntheticClusterDefinition.Name)]
public sealed class UserGrainTests(SyntheticClusterFixture fixture)
{
    public static TheoryData<string> ModelNames => new(RecommenderCatalog.Names);

    [Theory]
    [InlineData(4.3)]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(5.5)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task AddRating_OffScaleRating_Throws(double rating)
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(5);

        var exception = await Assert.ThrowsAsync<InvalidRatingException>(() => user.AddRatingAsync(1, rating));

        Assert.Equal(rating, exception.Rating);
        Assert.Equal(1, exception.MovieId);
        Assert.Contains("multiple of 0.5 between 0.5 and 5.0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRating_UnknownMovie_Throws()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(5);

        var exception = await Assert.ThrowsAsync<UnknownMovieException>(
            () => user.AddRatingAsync(SyntheticDataset.UnknownMovieId, 4.0));

        Assert.Equal(SyntheticDataset.UnknownMovieId, exception.MovieId);
        Assert.Contains(SyntheticDataset.UnknownMovieId.ToString(), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRating_RatedMovie_ReplacesRating()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(6);
        IReadOnlyList<UserRating> before = await user.GetRatingsAsync();
        UserRating datasetRating = before[0];

        StoredRating first = await user.AddRatingAsync(datasetRating.MovieId, 1.5);
        StoredRating second = await user.AddRatingAsync(datasetRating.MovieId, 2.5);
        IReadOnlyList<UserRating> after = await user.GetRatingsAsync();

        Assert.Equal(datasetRating.Rating, first.PreviousRating);
        Assert.Equal(1.5, second.PreviousRating);
        Assert.Equal(before.Count, after.Count);
        UserRating stored = Assert.Single(after, rating => rating.MovieId == datasetRating.MovieId);
        Assert.Equal(2.5, stored.Rating);
        Assert.True(stored.Posted);
    }

    [Fact]
    public async Task AddRating_NewMovie_HasNoPrevious()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(SyntheticDataset.UnknownUserId + 1);

        StoredRating stored = await user.AddRatingAsync(SyntheticDataset.UnratedMovieId, 3.5);

        Assert.Null(stored.PreviousRating);
        Assert.Equal(3.5, stored.Rating);
        Assert.Equal(SyntheticDataset.UnratedMovieId, stored.MovieId);
    }

    [Fact]
    public async Task GetRecommendations_AfterRating_DropsMovie()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(7);
        RecommendationList before = await user.GetRecommendationsAsync("content", 5);
        int topMovie = before.Items[0].MovieId;

        await user.AddRatingAsync(topMovie, 5.0);
        RecommendationList after = await user.GetRecommendationsAsync("content", 5);

        Assert.DoesNotContain(after.Items, item => item.MovieId == topMovie);
        RecommendationAssert.SameAsLibrary(
            fixture.LibraryModels["content"].Recommend(fixture.LibraryProfile(7, (topMovie, 5.0)), 5),
            after);
    }

    [Fact]
    public async Task GetRecommendations_NoRatings_FallsBack()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(SyntheticDataset.UnknownUserId);

        RecommendationList list = await user.GetRecommendationsAsync("item-knn", 5);

        Assert.Equal("item-knn", list.Model);
        Assert.Equal("popularity", list.ServedBy);
        Assert.True(list.Fallback);
        RecommendationAssert.SameAsLibrary(
            fixture.LibraryModels["popularity"].Recommend(UserProfile.Empty(SyntheticDataset.UnknownUserId), 5),
            list);
    }

    [Fact]
    public async Task GetRecommendations_NoModel_UsesWals()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(2);

        RecommendationList list = await user.GetRecommendationsAsync(null, 3);

        Assert.Equal("wals", list.Model);
        Assert.Equal("wals", list.ServedBy);
        Assert.False(list.Fallback);
    }

    [Fact]
    public async Task GetRecommendations_UpperCaseModel_Resolves()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(2);

        RecommendationList list = await user.GetRecommendationsAsync("TOP-RATED", 3);

        Assert.Equal("top-rated", list.Model);
        Assert.Equal("top-rated", list.ServedBy);
    }

    [Fact]
    public async Task GetRecommendations_UnknownModel_Throws()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(2);

        var exception = await Assert.ThrowsAsync<UnknownModelException>(() => user.GetRecommendationsAsync("svd", 10));

        Assert.Equal("svd", exception.Model);
        Assert.Equal(RecommenderCatalog.Names, exception.KnownModels);
        Assert.Contains("'svd'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(101)]
    public async Task GetRecommendations_CountOutOfRange_Throws(int count)
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(2);

        var exception = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => user.GetRecommendationsAsync("popularity", count));

        Assert.Contains(count.ToString(), exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public async Task GetRecommendations_EveryModel_MatchesLibrary(string model)
    {
        for (int userId = 1; userId <= 4; userId++)
        {
            IUserGrain user = fixture.Client.GetGrain<IUserGrain>(userId);

            RecommendationList list = await user.GetRecommendationsAsync(model, 5);

            Assert.Equal(model, list.ServedBy);
            Assert.False(list.Fallback);
            IReadOnlyList<ScoredMovie> expected =
                fixture.LibraryModels[model].Recommend(fixture.LibraryProfile(userId), 5);
            RecommendationAssert.SameAsLibrary(expected, list);
        }
    }

    [Fact]
    public async Task AddRating_GrainDeactivated_KeepsRating()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(8);
        await user.AddRatingAsync(SyntheticDataset.UnratedMovieId, 4.5);

        await fixture.Cluster.DeactivateAsync(user);
        await fixture.Cluster.WaitForDeactivationAsync(user);
        IReadOnlyList<UserRating> ratings = await user.GetRatingsAsync();

        UserRating posted = Assert.Single(ratings, rating => rating.MovieId == SyntheticDataset.UnratedMovieId);
        Assert.Equal(4.5, posted.Rating);
        Assert.True(posted.Posted);
    }

    [Fact]
    public async Task AddRating_Acknowledged_IsInSystemOfRecord()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(9);

        await user.AddRatingAsync(SyntheticDataset.UnratedMovieId, 0.5);

        IReadOnlyList<Rating> stored = await new SqliteRatingStore(fixture.SqlitePath).GetUserRatingsAsync(9);
        Assert.Contains(stored, rating => rating.MovieId == SyntheticDataset.UnratedMovieId && rating.Value == 0.5);
    }

    [Fact]
    public async Task RemoveRating_Posted_StaysRemovedAfterDeactivation()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(10);
        await user.AddRatingAsync(SyntheticDataset.UnratedMovieId, 2.0);

        UserRating? removed = await user.RemoveRatingAsync(SyntheticDataset.UnratedMovieId);
        await fixture.Cluster.DeactivateAsync(user);
        await fixture.Cluster.WaitForDeactivationAsync(user);
        IReadOnlyList<UserRating> ratings = await user.GetRatingsAsync();

        Assert.NotNull(removed);
        Assert.Equal(2.0, removed.Rating);
        Assert.DoesNotContain(ratings, rating => rating.MovieId == SyntheticDataset.UnratedMovieId);
    }

    [Fact]
    public async Task RemoveRating_UnratedMovie_ReturnsNull()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(11);

        UserRating? removed = await user.RemoveRatingAsync(SyntheticDataset.UnratedMovieId);

        Assert.Null(removed);
    }
}
