using MovieRecs.Algorithms.Data;
using MovieRecs.Storage.Sqlite;

namespace MovieRecs.Storage.Tests;

/// <summary>
/// The behaviour every system-of-record engine must share, run on SQLite always and on PostgreSQL
/// when MOVIERECS_POSTGRES is set.
/// </summary>
public sealed class RatingStoreContractTests
{
    public static TheoryData<string> Engines
    {
        get
        {
            var engines = new TheoryData<string> { "sqlite" };
            if (TestEnvironment.PostgresConnectionString is not null)
            {
                engines.Add("postgresql");
            }

            return engines;
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MigrateAppliesEachVersionOnce(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = database.OpenStore();

        IReadOnlyList<int> first = await store.MigrateAsync();
        IReadOnlyList<int> second = await database.OpenStore().MigrateAsync();

        Assert.Equal(store.Migrations.Select(migration => migration.Version), first);
        Assert.Equal([1], first);
        Assert.Empty(second);
        Assert.Equal([1], await store.GetAppliedMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task UpsertReplacesAndReturnsPreviousValue(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);

        RatingWrite first = await store.UpsertAsync(new Rating(7, 50, 3.5, 1_000));
        RatingWrite second = await store.UpsertAsync(new Rating(7, 50, 4.5, 900));

        Assert.Null(first.PreviousValue);
        Assert.Equal(3.5, second.PreviousValue);
        Rating stored = Assert.Single(await store.GetUserRatingsAsync(7));
        Assert.Equal(new Rating(7, 50, 4.5, 900), stored);
        Assert.Equal(1, await store.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CommittedRatingsSurviveReopen(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);
        await store.UpsertAsync(new Rating(1, 10, 5.0, 100));
        await store.UpsertAsync(new Rating(1, 11, 0.5, 101));

        IReadOnlyList<Rating> reopened = await database.OpenStore().GetUserRatingsAsync(1);

        Assert.Equal([new Rating(1, 10, 5.0, 100), new Rating(1, 11, 0.5, 101)], reopened);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task UpsertRejectsValuesOffTheGrid(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);
        await store.UpsertAsync(new Rating(3, 30, 4.0, 10));

        foreach (double value in new[] { 4.3, 0.0, 5.5, -1.0, double.NaN })
        {
            var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
                () => store.UpsertAsync(new Rating(3, 30, value, 20)));
            Assert.Contains("user 3 for movie 30", error.Message, StringComparison.Ordinal);
            Assert.Contains("multiple of 0.5", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal([new Rating(3, 30, 4.0, 10)], await store.GetUserRatingsAsync(3));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MovieStatisticsSumTheMovieRatings(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);
        await store.UpsertAsync(new Rating(1, 10, 4.5, 1));
        await store.UpsertAsync(new Rating(2, 10, 0.5, 2));
        await store.UpsertAsync(new Rating(3, 10, 3.0, 3));
        await store.UpsertAsync(new Rating(3, 10, 2.0, 4));
        await store.UpsertAsync(new Rating(1, 11, 5.0, 5));

        MovieRatingStatistics rated = await store.GetMovieStatisticsAsync(10);
        MovieRatingStatistics unrated = await store.GetMovieStatisticsAsync(12);

        // 4.5 + 0.5 + 2.0 = 7.0 and 20.25 + 0.25 + 4.0 = 24.5; user 3's 3.0 was replaced.
        Assert.Equal(new MovieRatingStatistics(10, 3, 7.0, 24.5), rated);
        Assert.Equal(7.0 / 3, rated.Mean);
        Assert.Equal(new MovieRatingStatistics(12, 0, 0, 0), unrated);
        Assert.Null(unrated.Mean);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task DeleteReturnsTheRemovedRating(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);
        await store.UpsertAsync(new Rating(2, 20, 2.5, 55));

        Rating? deleted = await store.DeleteAsync(2, 20);
        Rating? again = await store.DeleteAsync(2, 20);

        Assert.Equal(new Rating(2, 20, 2.5, 55), deleted);
        Assert.Null(again);
        Assert.Empty(await store.GetUserRatingsAsync(2));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ReadAllOrdersByUserThenMovie(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);
        Rating[] ratings =
        [
            new(2, 5, 3.0, 1), new(1, 9, 4.0, 2), new(2, 1, 1.5, 3), new(1, 3, 5.0, 4),
        ];
        foreach (Rating rating in ratings)
        {
            await store.UpsertAsync(rating);
        }

        var all = new List<Rating>();
        await foreach (Rating rating in store.ReadAllAsync())
        {
            all.Add(rating);
        }

        Assert.Equal([ratings[3], ratings[1], ratings[2], ratings[0]], all);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ConcurrentUpsertsAllCommit(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);

        await Task.WhenAll(Enumerable.Range(1, 40).Select(user => store.UpsertAsync(new Rating(user, user * 10, 3.0, user))));

        Assert.Equal(40, await store.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportRecordsTheFileOnce(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);
        Rating[] ratings = [new(1, 1, 4.0, 10), new(1, 2, 3.0, 11), new(2, 1, 2.0, 12)];

        ImportResult first = await store.ImportAsync("ratings.csv", "ABC123", ratings);
        ImportResult second = await store.ImportAsync("ratings.csv", "abc123", [new Rating(9, 9, 1.0, 99)]);

        Assert.False(first.AlreadyImported);
        Assert.Equal(3, first.Record.RowCount);
        Assert.Equal("abc123", first.Record.Sha256);
        Assert.True(second.AlreadyImported);
        Assert.Equal(first.Record, second.Record);
        Assert.Equal(3, await store.CountAsync());
        Assert.Equal([first.Record], await store.GetImportsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportKeepsTheLaterTimestamp(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);
        await store.UpsertAsync(new Rating(1, 1, 5.0, 500));
        await store.UpsertAsync(new Rating(1, 2, 5.0, 100));

        await store.ImportAsync(
            "old.csv",
            "01",
            [new Rating(1, 1, 1.0, 400), new Rating(1, 2, 2.0, 200), new Rating(1, 3, 3.0, 300), new Rating(1, 3, 3.5, 301)]);

        Assert.Equal(
            [new Rating(1, 1, 5.0, 500), new Rating(1, 2, 2.0, 200), new Rating(1, 3, 3.5, 301)],
            await store.GetUserRatingsAsync(1));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportWithBadValueWritesNothing(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        RatingStore store = await MigratedAsync(database);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => store.ImportAsync("bad.csv", "02", [new Rating(1, 1, 4.0, 1), new Rating(1, 2, 4.2, 2)]));

        Assert.Equal(0, await store.CountAsync());
        Assert.Empty(await store.GetImportsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ConcurrentImportsOfOneFileRecordItOnce(string engine)
    {
        await using ScratchDatabase database = await CreateAsync(engine);
        await MigratedAsync(database);
        Rating[] ratings = [.. Enumerable.Range(1, 500).Select(movie => new Rating(1, movie, 4.0, movie))];

        ImportResult[] results = await Task.WhenAll(
            Enumerable.Range(0, 3).Select(_ => database.OpenStore().ImportAsync("ratings.csv", "04", ratings)));

        Assert.Single(results, result => !result.AlreadyImported);
        Assert.All(results, result => Assert.Equal(500, result.Record.RowCount));
        Assert.Single(await database.OpenStore().GetImportsAsync());
        Assert.Equal(500, await database.OpenStore().CountAsync());
    }

    [Fact]
    public async Task SqliteWritersOfTwoStoresTakeTurns()
    {
        await using var database = new SqliteScratchDatabase();
        await MigratedAsync(database);
        RatingStore first = database.OpenStore();
        RatingStore second = database.OpenStore();
        Rating[] ratings = [.. Enumerable.Range(1, 500).Select(movie => new Rating(1, movie, 4.0, movie))];

        // Two stores on one file, as the silos of an in-process cluster have: an import, upserts
        // and deletes from both at once must all commit, with no writer waiting on itself.
        Task<ImportResult> import = first.ImportAsync("ratings.csv", "05", ratings);
        Task<RatingWrite>[] upserts = [.. Enumerable.Range(1, 40).Select(user =>
            (user % 2 == 0 ? first : second).UpsertAsync(new Rating(user + 1, user, 3.5, user)))];
        await Task.WhenAll(upserts);
        Rating?[] deleted = await Task.WhenAll(Enumerable.Range(1, 10).Select(user =>
            (user % 2 == 0 ? second : first).DeleteAsync(user + 1, user)));
        await import;

        Assert.All(deleted, rating => Assert.NotNull(rating));
        Assert.Equal(500 + 40 - 10, await second.CountAsync());
    }

    [Fact]
    public async Task SqliteImportCommitsAcrossBatches()
    {
        await using var database = new SqliteScratchDatabase();
        RatingStore store = await MigratedAsync(database);
        int count = (SqliteRatingStore.ImportBatchSize * 2) + 7;
        IEnumerable<Rating> ratings = Enumerable.Range(0, count).Select(index => new Rating(index / 100, index % 100, 3.0, index));

        ImportResult result = await store.ImportAsync("big.csv", "03", ratings);

        Assert.Equal(count, result.Record.RowCount);
        Assert.Equal(count, await store.CountAsync());
    }

    [RequiresPostgresFact]
    public async Task PostgresServerAcceptsScratchDatabase()
    {
        await using PostgresScratchDatabase database = await PostgresScratchDatabase.CreateAsync();

        IReadOnlyList<int> applied = await database.OpenStore().MigrateAsync();

        Assert.NotEmpty(applied);
    }

    private static async Task<ScratchDatabase> CreateAsync(string engine) => engine switch
    {
        "sqlite" => new SqliteScratchDatabase(),
        "postgresql" => await PostgresScratchDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown engine."),
    };

    private static async Task<RatingStore> MigratedAsync(ScratchDatabase database)
    {
        RatingStore store = database.OpenStore();
        await store.MigrateAsync();
        return store;
    }
}
