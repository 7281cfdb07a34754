using System.Data.Common;
using MovieRecs.Algorithms.Data;
using Npgsql;
using NpgsqlTypes;

namespace MovieRecs.Storage.PostgreSql;

/// <summary>
/// The cluster's system of record: PostgreSQL through Npgsql, shared by every silo.
/// </summary>
/// <remarks>
/// Migrations and imports take a transaction-scoped advisory lock, so silos that start together
/// migrate once and import each file once. An import copies the file into a temporary table with
/// binary COPY and merges it into the ratings in one transaction, so it is all or nothing.
/// </remarks>
public sealed class PostgreSqlRatingStore : RatingStore, IAsyncDisposable
{
    // Arbitrary application-wide keys for pg_advisory_xact_lock.
    private const long MigrationLockKey = 0x4D6F766965526563;
    private const long ImportLockKey = MigrationLockKey + 1;

    private const string MergeSql =
        "INSERT INTO ratings (user_id, movie_id, half_stars, rated_at) " +
        "SELECT DISTINCT ON (user_id, movie_id) user_id, movie_id, half_stars, rated_at FROM import_ratings " +
        "ORDER BY user_id, movie_id, rated_at DESC " +
        "ON CONFLICT (user_id, movie_id) DO UPDATE SET half_stars = excluded.half_stars, rated_at = excluded.rated_at " +
        "WHERE excluded.rated_at >= ratings.rated_at";

    /// <summary>
    /// The connections one store opens at most unless the connection string says otherwise. Npgsql's
    /// own default of 100 per process lets two busy silos exhaust PostgreSQL's default
    /// max_connections of 100; with this limit, requests over it wait for a free connection.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    private static readonly string[] MaxPoolSizeKeys = ["maximum pool size", "maxpoolsize"];

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates a store on a database given by an Npgsql connection string.</summary>
    public PostgreSqlRatingStore(string connectionString)
        : base("PostgreSql")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(WithPoolLimit(connectionString));
    }

    /// <summary>
    /// Adds <see cref="DefaultMaxPoolSize"/> to a connection string that sets no pool size of its
    /// own.
    /// </summary>
    public static string WithPoolLimit(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => MaxPoolSizeKeys.Contains(key.ToLowerInvariant())))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ToString();
    }

    /// <inheritdoc />
    public override string Provider => "postgresql";

    /// <inheritdoc />
    protected override string LockRowClause => " FOR UPDATE";

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override Task LockMigrationsAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken) =>
        LockAsync(connection, transaction, MigrationLockKey, cancellationToken);

    /// <inheritdoc />
    protected override async Task<ImportResult> ImportCoreAsync(
        string fileName,
        string sha256,
        IEnumerable<Rating> ratings,
        CancellationToken cancellationToken)
    {
        await using var connection = (NpgsqlConnection)await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockAsync(connection, transaction, ImportLockKey, cancellationToken).ConfigureAwait(false);
        if (await FindImportAsync(connection, transaction, fileName, sha256, cancellationToken).ConfigureAwait(false) is { } found)
        {
            return new ImportResult(found, AlreadyImported: true);
        }

        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TEMPORARY TABLE import_ratings (user_id integer, movie_id integer, half_stars smallint, rated_at bigint) " +
            "ON COMMIT DROP",
            cancellationToken).ConfigureAwait(false);

        long copied = 0;
        await using (NpgsqlBinaryImporter importer = await connection
            .BeginBinaryImportAsync(
                "COPY import_ratings (user_id, movie_id, half_stars, rated_at) FROM STDIN (FORMAT BINARY)",
                cancellationToken)
            .ConfigureAwait(false))
        {
            foreach (Rating rating in ratings)
            {
                short halfStars = HalfStars.FromRating(rating);
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(rating.UserId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(rating.MovieId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(halfStars, NpgsqlDbType.Smallint, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(rating.Timestamp, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                copied++;
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, MergeSql, cancellationToken).ConfigureAwait(false);
        ImportResult result = await RecordImportAsync(connection, transaction, fileName, sha256, copied, cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task LockAsync(
        DbConnection connection,
        DbTransaction transaction,
        long key,
        CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)");
        AddParameter(command, "@key", key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
