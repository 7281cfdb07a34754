using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using MovieRecs.Algorithms.Data;
using MovieRecs.Storage.Migrations;

namespace MovieRecs.Storage;

/// <summary>
/// The SQL both engines share: the schema history, single-rating writes and the reads. Engines
/// supply connections, the migration lock and the bulk import.
/// </summary>
/// <remarks>
/// Upsert, delete and import run in a transaction each and return after the commit, so a caller that
/// saw the call complete has a durable rating (SQLite with synchronous=FULL in WAL mode; PostgreSQL
/// with its default synchronous_commit=on).
/// </remarks>
public abstract class RatingStore : IRatingStore
{
    private const string CreateHistorySql =
        "CREATE TABLE IF NOT EXISTS schema_migrations (" +
        "version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)";

    private const string UpsertSql =
        "INSERT INTO ratings (user_id, movie_id, half_stars, rated_at) VALUES (@user, @movie, @half_stars, @rated_at) " +
        "ON CONFLICT (user_id, movie_id) DO UPDATE SET half_stars = excluded.half_stars, rated_at = excluded.rated_at";

    private readonly Lazy<IReadOnlyList<SchemaMigration>> _migrations;

    /// <summary>Creates a store whose migrations come from the given dialect folder.</summary>
    protected RatingStore(string migrationDialect)
    {
        _migrations = new Lazy<IReadOnlyList<SchemaMigration>>(() => SchemaMigration.Load(migrationDialect));
    }

    /// <inheritdoc />
    public abstract string Provider { get; }

    /// <summary>The migrations this store applies, ascending by version.</summary>
    public IReadOnlyList<SchemaMigration> Migrations => _migrations.Value;

    /// <summary>A clause that locks the row read inside a transaction, or an empty string.</summary>
    protected virtual string LockRowClause => string.Empty;

    /// <inheritdoc />
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default) =>
        MigrateCoreAsync(cancellationToken);

    /// <summary>Applies the pending migrations, as <see cref="MigrateAsync"/> describes.</summary>
    protected virtual async Task<IReadOnlyList<int>> MigrateCoreAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, CreateHistorySql, cancellationToken).ConfigureAwait(false);

        var applied = new HashSet<int>(await ReadVersionsAsync(connection, transaction, cancellationToken).ConfigureAwait(false));
        var newlyApplied = new List<int>();
        foreach (SchemaMigration migration in Migrations)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using DbCommand record = Command(
                connection,
                transaction,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)");
            AddParameter(record, "@version", migration.Version);
            AddParameter(record, "@name", migration.Name);
            AddParameter(record, "@applied_at", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            newlyApplied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return newlyApplied;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<int>> GetAppliedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, CreateHistorySql, cancellationToken).ConfigureAwait(false);
        return await ReadVersionsAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<RatingWrite> UpsertAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        short halfStars = HalfStars.FromRating(rating);
        return RunWriteAsync(() => UpsertCoreAsync(rating, halfStars, cancellationToken), cancellationToken);
    }

    private async Task<RatingWrite> UpsertCoreAsync(Rating rating, short halfStars, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        double? previous = await ReadValueAsync(connection, transaction, rating.UserId, rating.MovieId, cancellationToken)
            .ConfigureAwait(false);

        await using DbCommand upsert = Command(connection, transaction, UpsertSql);
        AddParameter(upsert, "@user", rating.UserId);
        AddParameter(upsert, "@movie", rating.MovieId);
        AddParameter(upsert, "@half_stars", halfStars);
        AddParameter(upsert, "@rated_at", rating.Timestamp);
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new RatingWrite(rating, previous);
    }

    /// <inheritdoc />
    public Task<Rating?> DeleteAsync(int userId, int movieId, CancellationToken cancellationToken = default) =>
        RunWriteAsync(() => DeleteCoreAsync(userId, movieId, cancellationToken), cancellationToken);

    private async Task<Rating?> DeleteCoreAsync(int userId, int movieId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand delete = Command(
            connection,
            null,
            "DELETE FROM ratings WHERE user_id = @user AND movie_id = @movie RETURNING half_stars, rated_at");
        AddParameter(delete, "@user", userId);
        AddParameter(delete, "@movie", movieId);
        await using DbDataReader reader = await delete.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new Rating(userId, movieId, HalfStars.ToRating(reader.GetInt32(0)), reader.GetInt64(1));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Rating>> GetUserRatingsAsync(int userId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand select = Command(
            connection,
            null,
            "SELECT user_id, movie_id, half_stars, rated_at FROM ratings WHERE user_id = @user ORDER BY movie_id");
        AddParameter(select, "@user", userId);
        var ratings = new List<Rating>();
        await using DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ratings.Add(ReadRating(reader));
        }

        return ratings;
    }

    /// <inheritdoc />
    public async Task<MovieRatingStatistics> GetMovieStatisticsAsync(
        int movieId,
        CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // Sums of half stars are exact integers; the values are halved once at the end.
        await using DbCommand select = Command(
            connection,
            null,
            "SELECT count(*), coalesce(sum(half_stars), 0), coalesce(sum(half_stars * half_stars), 0) " +
            "FROM ratings WHERE movie_id = @movie");
        AddParameter(select, "@movie", movieId);
        await using DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        long count = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        long halfStars = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        long squaredHalfStars = Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        return new MovieRatingStatistics(movieId, count, halfStars / 2.0, squaredHalfStars / 4.0);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Rating> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand select = Command(
            connection,
            null,
            "SELECT user_id, movie_id, half_stars, rated_at FROM ratings ORDER BY user_id, movie_id");
        await using DbDataReader reader = await select
            .ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken)
            .ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadRating(reader);
        }
    }

    /// <inheritdoc />
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenPingConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand count = Command(connection, null, "SELECT count(*) FROM schema_migrations");
        await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand count = Command(connection, null, "SELECT count(*) FROM ratings");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ImportRecord>> GetImportsAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadImportsAsync(connection, null, null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ImportResult> ImportAsync(
        string fileName,
        string sha256,
        IEnumerable<Rating> ratings,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentNullException.ThrowIfNull(ratings);

        return await ImportCoreAsync(fileName, sha256.ToLowerInvariant(), ratings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a single-rating write, by default at once. An engine that allows one writer at a time
    /// can queue its writers here, so they do not wait in the database's own lock.
    /// </summary>
    protected virtual Task<T> RunWriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => write();

    /// <summary>Opens a connection with the engine's per-connection settings applied.</summary>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens the connection <see cref="PingAsync"/> queries on; by default the same as <see
    /// cref="OpenConnectionAsync"/>.
    /// </summary>
    protected virtual ValueTask<DbConnection> OpenPingConnectionAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(cancellationToken);

    /// <summary>Takes the lock that keeps two processes from migrating at once, inside the transaction.</summary>
    protected abstract Task LockMigrationsAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken);

    /// <summary>Imports the ratings and records the file, as <see cref="ImportAsync"/> describes.</summary>
    protected abstract Task<ImportResult> ImportCoreAsync(
        string fileName,
        string sha256,
        IEnumerable<Rating> ratings,
        CancellationToken cancellationToken);

    /// <summary>Returns the recorded import of one file, or null.</summary>
    protected static async Task<ImportRecord?> FindImportAsync(
        DbConnection connection,
        DbTransaction transaction,
        string fileName,
        string sha256,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<ImportRecord> found = await ReadImportsAsync(connection, transaction, fileName, sha256, cancellationToken)
            .ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// Records an import inside the transaction that wrote its last ratings. When another process
    /// recorded the same file first, returns that record as already imported. Both wrote the same
    /// rows with the later-timestamp-wins merge, so nothing is lost.
    /// </summary>
    protected static async Task<ImportResult> RecordImportAsync(
        DbConnection connection,
        DbTransaction transaction,
        string fileName,
        string sha256,
        long rowCount,
        CancellationToken cancellationToken)
    {
        var record = new ImportRecord(fileName, sha256, rowCount, DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using DbCommand insert = Command(
            connection,
            transaction,
            "INSERT INTO imports (file_name, sha256, row_count, imported_at) VALUES (@file, @sha, @rows, @at) " +
            "ON CONFLICT (file_name, sha256) DO NOTHING");
        AddParameter(insert, "@file", fileName);
        AddParameter(insert, "@sha", sha256);
        AddParameter(insert, "@rows", rowCount);
        AddParameter(insert, "@at", record.ImportedAt.ToUnixTimeSeconds());
        if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            return new ImportResult(record, AlreadyImported: false);
        }

        ImportRecord first = (await FindImportAsync(connection, transaction, fileName, sha256, cancellationToken).ConfigureAwait(false))!;
        return new ImportResult(first, AlreadyImported: true);
    }

    /// <summary>Creates a command on a connection, inside a transaction when one is given.</summary>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Adds a named parameter to a command.</summary>
    protected static DbParameter AddParameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Runs statements that return no rows.</summary>
    protected static async Task ExecuteAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Rating ReadRating(DbDataReader reader) => new(
        reader.GetInt32(0),
        reader.GetInt32(1),
        HalfStars.ToRating(reader.GetInt32(2)),
        reader.GetInt64(3));

    private static async Task<IReadOnlyList<int>> ReadVersionsAsync(
        DbConnection connection,
        DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using DbCommand select = Command(connection, transaction, "SELECT version FROM schema_migrations ORDER BY version");
        var versions = new List<int>();
        await using DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task<IReadOnlyList<ImportRecord>> ReadImportsAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string? fileName,
        string? sha256,
        CancellationToken cancellationToken)
    {
        string sql = "SELECT file_name, sha256, row_count, imported_at FROM imports";
        if (fileName is not null)
        {
            sql += " WHERE file_name = @file AND sha256 = @sha";
        }

        await using DbCommand select = Command(connection, transaction, sql + " ORDER BY imported_at, file_name");
        if (fileName is not null)
        {
            AddParameter(select, "@file", fileName);
            AddParameter(select, "@sha", sha256!);
        }

        var imports = new List<ImportRecord>();
        await using DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            imports.Add(new ImportRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt64(2),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(3))));
        }

        return imports;
    }

    private async Task<double?> ReadValueAsync(
        DbConnection connection,
        DbTransaction transaction,
        int userId,
        int movieId,
        CancellationToken cancellationToken)
    {
        await using DbCommand select = Command(
            connection,
            transaction,
            "SELECT half_stars FROM ratings WHERE user_id = @user AND movie_id = @movie" + LockRowClause);
        AddParameter(select, "@user", userId);
        AddParameter(select, "@movie", movieId);
        object? value = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : HalfStars.ToRating(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
