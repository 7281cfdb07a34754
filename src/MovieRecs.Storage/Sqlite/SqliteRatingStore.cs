using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Storage.Sqlite;

/// <summary>
/// The embedded system of record: one SQLite file in write-ahead-log mode with synchronous=FULL, so a
/// committed rating survives a killed process and a power cut.
/// </summary>
/// <remarks>
/// SQLite allows one writer at a time. Writers in this process take turns on a lock per file, and
/// writers in other processes wait up to the busy timeout instead of failing. Imports commit in batches of <see cref="ImportBatchSize"/> rows and record the file in the
/// last batch, so an import stopped half-way leaves no record and the next start runs it again; the
/// rerun rewrites the same rows, because the later timestamp wins and equal ones are rewritten.
/// </remarks>
public sealed class SqliteRatingStore : RatingStore
{
    /// <summary>The number of ratings one import transaction writes.</summary>
    public const int ImportBatchSize = 20_000;

    private const int BusyTimeoutMilliseconds = 30_000;

    // Stores on one file in one process (two silos of an in-process test cluster) take turns to
    // migrate and import, so SQLite's busy handler never has to arbitrate a long import.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> FileLocks = new(StringComparer.Ordinal);

    private const string ImportSql =
        "INSERT INTO ratings (user_id, movie_id, half_stars, rated_at) VALUES (@user, @movie, @half_stars, @rated_at) " +
        "ON CONFLICT (user_id, movie_id) DO UPDATE SET half_stars = excluded.half_stars, rated_at = excluded.rated_at " +
        "WHERE excluded.rated_at >= ratings.rated_at";

    private readonly string _connectionString;
    private readonly string _pingConnectionString;
    private int _walChecked;

    /// <summary>Creates a store on a database file, created on first use.</summary>
    /// <param name="path">The database file's path; its folder is created when missing.</param>
    public SqliteRatingStore(string path)
        : base("Sqlite")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        string fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        FilePath = fullPath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();

        // A pooled connection keeps working on a file that was deleted under it, and ReadWriteCreate
        // would create an empty one, so the check opens the existing file afresh.
        _pingConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public override string Provider => "sqlite";

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // The journal mode is stored in the file, so it is set once; synchronous and the busy
            // timeout belong to each connection.
            if (Interlocked.Exchange(ref _walChecked, 1) == 0)
            {
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(
                connection,
                null,
                $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}",
                cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenPingConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_pingConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Microsoft.Data.Sqlite begins transactions as BEGIN IMMEDIATE, which locks the file against
    /// other processes; stores in this process also take a lock per file, see <see cref="RunExclusiveAsync"/>.
    /// </remarks>
    protected override Task LockMigrationsAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    protected override Task<IReadOnlyList<int>> MigrateCoreAsync(CancellationToken cancellationToken) =>
        RunExclusiveAsync(() => base.MigrateCoreAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    protected override Task<ImportResult> ImportCoreAsync(
        string fileName,
        string sha256,
        IEnumerable<Rating> ratings,
        CancellationToken cancellationToken) =>
        RunExclusiveAsync(() => ImportBatchesAsync(fileName, sha256, ratings, cancellationToken), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Writers in this process queue on the file's lock without blocking a thread, and the next
    /// one starts when the previous one commits. Left to SQLite, each waiting connection blocks its
    /// thread in the busy handler, which sleeps 1, 2, 5, ... up to 100 ms between retries, so a
    /// write waited far longer than the commit it was behind.
    /// </remarks>
    protected override Task<T> RunWriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        RunExclusiveAsync(write, cancellationToken);

    private async Task<T> RunExclusiveAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        SemaphoreSlim fileLock = FileLocks.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));
        await fileLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            fileLock.Release();
        }
    }

    private async Task<ImportResult> ImportBatchesAsync(
        string fileName,
        string sha256,
        IEnumerable<Rating> ratings,
        CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (DbTransaction check = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await FindImportAsync(connection, check, fileName, sha256, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return new ImportResult(found, AlreadyImported: true);
            }
        }

        long written = 0;
        using IEnumerator<Rating> source = ratings.GetEnumerator();
        bool more = true;
        while (true)
        {
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using DbCommand insert = Command(connection, transaction, ImportSql);
            DbParameter user = AddParameter(insert, "@user", 0);
            DbParameter movie = AddParameter(insert, "@movie", 0);
            DbParameter halfStars = AddParameter(insert, "@half_stars", (short)0);
            DbParameter ratedAt = AddParameter(insert, "@rated_at", 0L);
            await insert.PrepareAsync(cancellationToken).ConfigureAwait(false);

            int inBatch = 0;
            while (inBatch < ImportBatchSize && (more = source.MoveNext()))
            {
                Rating rating = source.Current;
                halfStars.Value = HalfStars.FromRating(rating);
                user.Value = rating.UserId;
                movie.Value = rating.MovieId;
                ratedAt.Value = rating.Timestamp;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                inBatch++;
            }

            written += inBatch;
            if (!more)
            {
                ImportResult result = await RecordImportAsync(connection, transaction, fileName, sha256, written, cancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
