using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecs.Grains.Tests;

/// <summary>
/// The cluster on ml-latest-small against the library on the same data: every model's lists for a
/// few users, before and after a posted rating, and the sharded similarity build.
/// </summary>
[Collection(MovieLensClusterDefinition.Name)]
[Trait("Category", "Slow")]
public sealed class MovieLensClusterTests(MovieLensClusterFixture fixture, ITestOutputHelper output)
{
    /// <summary>Users with few, typical and very many ratings (user 414 has 2698).</summary>
    private static readonly int[] UserIds = [1, 15, 68, 414];

    public static TheoryData<string> ModelNames => new(RecommenderCatalog.Names);

    [RequiresDataTheory]
    [MemberData(nameof(ModelNames))]
    public async Task Recommendations_EveryModel_MatchLibrary(string model)
    {
        foreach (int userId in UserIds)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            IUserGrain user = fixture.Client.GetGrain<IUserGrain>(userId);
            RecommendationList list = await user.GetRecommendationsAsync(model, 10);
            output.WriteLine($"{model} for user {userId}: {clock.ElapsedMilliseconds} ms");

            Assert.Equal(model, list.ServedBy);
            Assert.False(list.Fallback);
            IReadOnlyList<ScoredMovie> expected =
                fixture.LibraryModels[model].Recommend(fixture.LibraryProfile(userId), 10);
            RecommendationAssert.SameAsLibrary(expected, list);
        }
    }

    [RequiresDataFact]
    public async Task Recommendations_AfterRating_MatchLibrary()
    {
        const int userId = 50;
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(userId);
        RecommendationList before = await user.GetRecommendationsAsync("item-knn", 10);
        int postedMovie = before.Items[0].MovieId;

        await user.AddRatingAsync(postedMovie, 1.0);

        foreach (string model in RecommenderCatalog.Names)
        {
            RecommendationList after = await user.GetRecommendationsAsync(model, 10);
            Assert.DoesNotContain(after.Items, item => item.MovieId == postedMovie);
            RecommendationAssert.SameAsLibrary(
                fixture.LibraryModels[model].Recommend(fixture.LibraryProfile(userId, (postedMovie, 1.0)), 10),
                after);
        }
    }

    [RequiresDataTheory]
    [InlineData(ItemSimilarityMetric.Cosine, "item-knn")]
    [InlineData(ItemSimilarityMetric.Pearson, "item-knn-pearson")]
    public async Task SimilarityBuild_MovieLens_MatchesLibraryGraph(ItemSimilarityMetric metric, string model)
    {
        var library = (ItemKnnRecommender)fixture.LibraryModels[model];
        NeighborList[] lists = await Task.WhenAll(fixture.Dataset.Movies.Select(
            movie => fixture.Client.GetGrain<IItemGrain>(movie.MovieId).GetNeighborsAsync(metric)));

        Assert.Equal(fixture.Dataset.Movies.Count, lists.Length);
        foreach (NeighborList list in lists)
        {
            RecommendationAssert.SameNeighbors(library.NeighborsOf(list.MovieId), list);
        }
    }

    [RequiresDataTheory]
    [InlineData(ItemSimilarityMetric.Cosine)]
    [InlineData(ItemSimilarityMetric.Pearson)]
    public async Task SimilarityBuild_MovieLens_RunsShardsOnBothSilos(ItemSimilarityMetric metric)
    {
        SimilarityJobStatus status = await fixture.Client
            .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
            .GetSimilarityStatusAsync(metric);
        output.WriteLine(
            $"Deploy {fixture.DeployTime.TotalSeconds:F1} s; " +
            $"both builds {fixture.SimilarityBuildTime.TotalSeconds:F1} s; " +
            $"{metric} build {status.Duration?.TotalSeconds:F1} s");

        Assert.Equal(SimilarityJobState.Completed, status.State);
        Assert.Equal(8, status.Shards.Count);
        Assert.Equal(2, status.Shards.Select(shard => shard.Silo).Distinct().Count());
        Assert.Equal(fixture.Dataset.Movies.Count, status.ItemCount);
    }

    [RequiresDataFact]
    public async Task Recommendations_UnknownUser_FallBack()
    {
        const int userId = 100_000;
        Assert.DoesNotContain(fixture.Dataset.Ratings, rating => rating.UserId == userId);

        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(userId);

        RecommendationList list = await user.GetRecommendationsAsync("user-knn", 10);

        Assert.True(list.Fallback);
        Assert.Equal("popularity", list.ServedBy);
        RecommendationAssert.SameAsLibrary(
            fixture.LibraryModels["popularity"].Recommend(UserProfile.Empty(userId), 10),
            list);
    }
}
