using Microsoft.Data.Sqlite;
using MovieRecs.Storage.PostgreSql;
using MovieRecs.Storage.Sqlite;
using Npgsql;

namespace MovieRecs.Storage.Tests;

/// <summary>A database made for one test and removed after it, with stores opened on it.</summary>
internal abstract class ScratchDatabase : IAsyncDisposable
{
    /// <summary>Opens a new store on the same database, as a restarted process would.</summary>
    public abstract RatingStore OpenStore();

    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in a temporary folder.</summary>
internal sealed class SqliteScratchDatabase : ScratchDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("movierecs-storage-").FullName;

    public string FilePath => Path.Combine(_folder, "ratings.db");

    public override RatingStore OpenStore() => new SqliteRatingStore(FilePath);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A fresh database on the PostgreSQL server of MOVIERECS_POSTGRES.</summary>
internal sealed class PostgresScratchDatabase : ScratchDatabase
{
    private readonly List<PostgreSqlRatingStore> _stores = [];
    private readonly string _serverConnectionString;
    private readonly string _databaseName;

    private PostgresScratchDatabase(string serverConnectionString, string databaseName)
    {
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<PostgresScratchDatabase> CreateAsync()
    {
        string server = TestEnvironment.PostgresConnectionString
            ?? throw new InvalidOperationException($"{TestEnvironment.PostgresVariable} is not set.");
        string name = "movierecs_test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new PostgresScratchDatabase(server, name);
    }

    public override RatingStore OpenStore()
    {
        var store = new PostgreSqlRatingStore(ConnectionString);
        _stores.Add(store);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (PostgreSqlRatingStore store in _stores)
        {
            await store.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
