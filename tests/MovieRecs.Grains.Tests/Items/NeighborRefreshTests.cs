using System.Diagnostics;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecs.Grains.Tests.Items;

/// <summary>
/// Posted and deleted ratings reach the item grains' statistics at once and the changed movies'
/// neighbor lists within the refresh interval, with the rows a full build on the changed ratings
/// computes.
/// </summary>
[Collection(RefreshClusterDefinition.Name)]
public sealed class NeighborRefreshTests(RefreshClusterFixture fixture, ITestOutputHelper output)
{
    private const int RatingUser = 5;
    private const int DeletingUser = 6;
    private const int ChangedMovie = 1;
    private const int DeletedMovie = 3;
    private const double Tolerance = 1e-12;

    // User 5 rates movie 1 in the data set and rates the never-rated movie 39 now; user 6 rates
    // movie 3 in the data set and deletes that rating.
    private static readonly int[] ChangedMovies = [ChangedMovie, DeletedMovie, SyntheticDataset.UnratedMovieId];

    private static readonly SemaphoreSlim ChangeLock = new(1, 1);
    private static bool s_changed;

    [Theory]
    [InlineData(ItemSimilarityMetric.Cosine, "item-knn")]
    [InlineData(ItemSimilarityMetric.Pearson, "item-knn-pearson")]
    public async Task ChangedRatings_RefreshWithinInterval_ListsEqualFullBuildRows(
        ItemSimilarityMetric metric,
        string model)
    {
        await ChangeRatingsOnceAsync();
        var clock = Stopwatch.StartNew();

        NeighborList[] lists = await Polling.WaitForAsync(
            () => Task.WhenAll(ChangedMovies.Select(movieId =>
                fixture.Client.GetGrain<IItemGrain>(movieId).GetNeighborsAsync(metric))),
            current => current.All(list => list.Revision > 0),
            TimeSpan.FromSeconds(30),
            "the changed movies' lists to be refreshed");
        output.WriteLine(
            $"{metric} lists refreshed {clock.Elapsed.TotalMilliseconds:F0} ms after the changes were checked " +
            $"(interval {RefreshClusterFixture.RefreshInterval.TotalMilliseconds:F0} ms)");

        var library = (ItemKnnRecommender)fixture.LibraryModels[model];
        RatingMatrix changed = RatingMatrix.Build(ChangedRatings(), fixture.Dataset.Movies.Select(movie => movie.MovieId));
        var fullBuild = new ItemSimilarityBuilder(changed, library.SimilarityOptions);
        foreach (NeighborList list in lists)
        {
            changed.Items.TryGetIndex(list.MovieId, out int item);
            Neighbor[] expected = fullBuild.BuildShard(item, item + 1)[0];
            Dictionary<int, double> actual = list.Neighbors.ToDictionary(
                neighbor => neighbor.MovieId,
                neighbor => neighbor.Similarity);

            Assert.Equal(expected.Select(neighbor => changed.Items.GetId(neighbor.Index)).Order(), actual.Keys.Order());
            foreach (Neighbor neighbor in expected)
            {
                Assert.Equal(neighbor.Similarity, actual[changed.Items.GetId(neighbor.Index)], Tolerance);
            }
        }

        SimilarityJobStatus status = await fixture.Client
            .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
            .GetSimilarityStatusAsync(metric);
        Assert.True(status.Revision >= lists.Max(list => list.Revision));
        Assert.NotNull(status.RefreshedAt);
    }

    [Fact]
    public async Task ChangedRatings_MovieStatistics_FollowEveryChange()
    {
        await ChangeRatingsOnceAsync();

        MovieInfo rated = await fixture.Client.GetGrain<IItemGrain>(SyntheticDataset.UnratedMovieId).GetMovieAsync();
        MovieInfo deleted = await fixture.Client.GetGrain<IItemGrain>(DeletedMovie).GetMovieAsync();
        IEnumerable<Rating> before = fixture.Dataset.Ratings.Where(rating => rating.MovieId == DeletedMovie);

        Assert.Equal(1, rated.RatingCount);
        Assert.Equal(5.0, rated.MeanRating);
        Assert.Equal(before.Count() - 1, deleted.RatingCount);
        Assert.Equal(
            before.Where(rating => rating.UserId != DeletingUser).Average(rating => rating.Value),
            deleted.MeanRating!.Value,
            Tolerance);
    }

    /// <summary>Makes the three changes once for the whole class, whichever test runs first.</summary>
    private async Task ChangeRatingsOnceAsync()
    {
        await ChangeLock.WaitAsync();
        try
        {
            if (s_changed)
            {
                return;
            }

            IUserGrain rating = fixture.Client.GetGrain<IUserGrain>(RatingUser);
            await rating.AddRatingAsync(ChangedMovie, 0.5);
            await rating.AddRatingAsync(SyntheticDataset.UnratedMovieId, 5.0);
            Assert.NotNull(await fixture.Client.GetGrain<IUserGrain>(DeletingUser).RemoveRatingAsync(DeletedMovie));
            s_changed = true;
        }
        finally
        {
            ChangeLock.Release();
        }
    }

    private IEnumerable<Rating> ChangedRatings() => fixture.Dataset.Ratings
        .Where(rating => !(rating.UserId == DeletingUser && rating.MovieId == DeletedMovie))
        .Select(rating => rating.UserId == RatingUser && rating.MovieId == ChangedMovie ? rating with { Value = 0.5 } : rating)
        .Append(new Rating(RatingUser, SyntheticDataset.UnratedMovieId, 5.0, 0));
}
