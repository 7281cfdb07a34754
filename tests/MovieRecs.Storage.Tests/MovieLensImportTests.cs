using MovieRecs.Algorithms.Data;

namespace MovieRecs.Storage.Tests;

/// <summary>The first-start import of ml-latest-small's ratings.csv into each engine.</summary>
public sealed class MovieLensImportTests
{
    [RequiresDataFact]
    public async Task SqliteHoldsEveryLoadedRatingInFileOrder()
    {
        await using var database = new SqliteScratchDatabase();
        await AssertImportsWholeFileAsync(database);
    }

    [RequiresPostgresAndDataFact]
    public async Task PostgresHoldsEveryLoadedRatingInFileOrder()
    {
        await using PostgresScratchDatabase database = await PostgresScratchDatabase.CreateAsync();
        await AssertImportsWholeFileAsync(database);
    }

    private static async Task AssertImportsWholeFileAsync(ScratchDatabase database)
    {
        string directory = TestEnvironment.DataDirectory!;
        MovieLensDataset dataset = MovieLensLoader.Load(directory);
        string path = Path.Combine(directory, "ratings.csv");
        RatingStore store = database.OpenStore();
        await store.MigrateAsync();

        ImportResult first = await RatingsFileImporter.ImportAsync(store, path, dataset.Ratings);
        ImportResult second = await RatingsFileImporter.ImportAsync(database.OpenStore(), path, dataset.Ratings);

        Assert.False(first.AlreadyImported);
        Assert.Equal(dataset.Ratings.Count, first.Record.RowCount);
        Assert.Equal(await RatingsFileImporter.HashAsync(path), first.Record.Sha256);
        Assert.True(second.AlreadyImported);
        var stored = new List<Rating>(dataset.Ratings.Count);
        await foreach (Rating rating in store.ReadAllAsync())
        {
            stored.Add(rating);
        }

        Assert.Equal(100_836, stored.Count);
        Assert.Equal(dataset.Ratings, stored);
    }
}
