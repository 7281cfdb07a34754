using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using MovieRecs.Algorithms.Data;
using MovieRecs.Storage.PostgreSql;
using MovieRecs.Storage.Sqlite;

namespace MovieRecs.Storage.Tests;

/// <summary>The readiness ping of both engines, on reachable and unreachable databases.</summary>
public sealed class RatingStorePingTests
{
    [Theory]
    [MemberData(nameof(RatingStoreContractTests.Engines), MemberType = typeof(RatingStoreContractTests))]
    public async Task PingAsync_Migrated_Succeeds(string engine)
    {
        await using ScratchDatabase database = engine == "sqlite"
            ? new SqliteScratchDatabase()
            : await PostgresScratchDatabase.CreateAsync();
        RatingStore store = database.OpenStore();
        await store.MigrateAsync();

        Exception? failure = await Record.ExceptionAsync(() => store.PingAsync());

        Assert.Null(failure);
    }

    [Fact]
    public async Task PingAsync_SqliteFolderDeleted_Throws()
    {
        string folder = Directory.CreateTempSubdirectory("movierecs-ping-").FullName;
        var store = new SqliteRatingStore(Path.Combine(folder, "ratings.db"));
        await store.MigrateAsync();
        // A write leaves a pooled connection behind, which would still work on the deleted file.
        await store.UpsertAsync(new Rating(1, 1, 4.0, 1_000_000_000));

        Directory.Delete(folder, recursive: true);
        var exception = await Assert.ThrowsAsync<SqliteException>(() => store.PingAsync());
        SqliteConnection.ClearAllPools();

        Assert.Contains("unable to open database file", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PingAsync_PostgresPortClosed_Throws()
    {
        int port = ClosedPort();
        await using var store = new PostgreSqlRatingStore(
            $"Host=127.0.0.1;Port={port};Username=movierecs;Database=movierecs;Timeout=5");

        Exception exception = await Assert.ThrowsAnyAsync<Exception>(() => store.PingAsync());

        // Npgsql reports a refused connection as an NpgsqlException (a DbException) around the
        // socket error, which the readiness check catches.
        Assert.IsAssignableFrom<DbException>(exception);
    }

    /// <summary>Returns a loopback port that was free a moment ago and has no listener now.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
