using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;
using MovieRecs.Storage.Sqlite;

namespace MovieRecs.Grains.Tests.Workers;

/// <summary>
/// The import worker on the synthetic cluster. Each test uses its own user ids above the data
/// set's 60 users and its own import id.
/// </summary>
[Collection(SyntheticClusterDefinition.Name)]
public sealed class RatingImportGrainTests(SyntheticClusterFixture fixture)
{
    private IRatingImportGrain Importer => fixture.Client.GetGrain<IRatingImportGrain>(0);

    [Fact]
    public async Task GetMovieIds_SyntheticCatalogue_ReturnsEveryMovie()
    {
        int[] movieIds = await Importer.GetMovieIdsAsync();

        Assert.Equal(Enumerable.Range(1, SyntheticDataset.MovieCount), movieIds);
    }

    [Fact]
    public async Task ImportBatch_ActiveUser_ReloadsRatings()
    {
        IUserGrain user = fixture.Client.GetGrain<IUserGrain>(9201);
        Assert.Empty(await user.GetRatingsAsync());
        var batch = new RatingImportBatch("grain-test-reload", 0, [new ImportedRating(9201, 7, 3.5, 1500000000)]);

        RatingImportBatchResult result = await Importer.ImportBatchAsync(batch);
        UserRating rating = Assert.Single(await user.GetRatingsAsync());

        Assert.Equal(1, result.RatingsWritten);
        Assert.Equal(1, result.UsersReloaded);
        Assert.Equal(new UserRating(9201, 7, 3.5, 1500000000, Posted: true), rating);
    }

    [Fact]
    public async Task ImportBatch_SameBatchTwice_WritesOnce()
    {
        var batch = new RatingImportBatch("grain-test-twice", 0, [new ImportedRating(9202, 8, 2.0, 1500000000)]);

        RatingImportBatchResult first = await Importer.ImportBatchAsync(batch);
        RatingImportBatchResult second = await Importer.ImportBatchAsync(batch);

        Assert.Equal(1, first.RatingsWritten);
        Assert.Equal(0, second.RatingsWritten);
        Assert.Equal(1, second.UsersReloaded);
    }

    [Theory]
    [InlineData(SyntheticDataset.UnknownMovieId, 4.0, "movie 999 is not in the catalogue")]
    [InlineData(1, 4.2, "rating 4.2 is not a multiple of 0.5 between 0.5 and 5.0")]
    public async Task ImportBatch_InvalidRating_WritesNothing(int movieId, double value, string expected)
    {
        const int userId = 9203;
        ImportedRating[] ratings = [new(userId, 2, 4.0, 1500000000), new(userId, movieId, value, 1500000000)];
        var batch = new RatingImportBatch($"grain-test-invalid-{movieId}", 0, ratings);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => Importer.ImportBatchAsync(batch));
        IReadOnlyList<Rating> stored = await new SqliteRatingStore(fixture.SqlitePath).GetUserRatingsAsync(userId);

        Assert.Contains($"Rating 1 of batch 0 of import grain-test-invalid-{movieId} is invalid: {expected}.",
            exception.Message,
            StringComparison.Ordinal);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task ImportBatch_EmptyBatch_Throws()
    {
        var batch = new RatingImportBatch("grain-test-empty", 0, []);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => Importer.ImportBatchAsync(batch));

        Assert.Contains("has 0 ratings; a batch must carry 1 to 50000", exception.Message, StringComparison.Ordinal);
    }
}
