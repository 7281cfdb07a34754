using MovieRecs.Storage.PostgreSql;
using MovieRecs.Storage.Sqlite;

namespace MovieRecs.Storage;

/// <summary>Creates the configured system-of-record engine.</summary>
public static class RatingStoreFactory
{
    /// <summary>The engine name of the embedded SQLite store.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The engine name of the PostgreSQL store.</summary>
    public const string PostgreSql = "postgresql";

    /// <summary>Returns whether an engine name is known, ignoring case.</summary>
    public static bool IsKnownProvider(string? provider) =>
        string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates a store; it still needs <see cref="IRatingStore.MigrateAsync"/> before use.</summary>
    /// <param name="provider">"sqlite" or "postgresql", ignoring case.</param>
    /// <param name="sqlitePath">The database file of the SQLite engine.</param>
    /// <param name="postgresConnectionString">The Npgsql connection string of the PostgreSQL engine.</param>
    /// <exception cref="ArgumentException">The provider is unknown, or its setting is empty.</exception>
    public static RatingStore Create(string provider, string? sqlitePath, string? postgresConnectionString)
    {
        if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(sqlitePath))
            {
                throw new ArgumentException("The SQLite store needs a database file path.", nameof(sqlitePath));
            }

            return new SqliteRatingStore(sqlitePath);
        }

        if (string.Equals(provider, PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(postgresConnectionString))
            {
                throw new ArgumentException("The PostgreSQL store needs a connection string.", nameof(postgresConnectionString));
            }

            return new PostgreSqlRatingStore(postgresConnectionString);
        }

        throw new ArgumentException(
            $"Unknown rating store '{provider}'. Use '{Sqlite}' (embedded) or '{PostgreSql}'.",
            nameof(provider));
    }
}
