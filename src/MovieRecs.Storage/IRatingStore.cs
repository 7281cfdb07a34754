using MovieRecs.Algorithms.Data;

namespace MovieRecs.Storage;

/// <summary>
/// The ratings of record: what every grain loads its state from and what a rating is committed to
/// before it is acknowledged. Everything kept elsewhere can be rebuilt from it.
/// </summary>
/// <remarks>
/// A store contains at most one rating per (user, movie). Values are on the 0.5-5.0 half-star grid;
/// anything else is rejected before any write. Every member is safe to call concurrently.
/// </remarks>
public interface IRatingStore
{
    /// <summary>The database engine, "sqlite" or "postgresql".</summary>
    string Provider { get; }

    /// <summary>
    /// Applies the schema migrations not applied yet, in version order, each in the same
    /// transaction as its record; returns the versions applied by this call.
    /// </summary>
    Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the versions of the migrations applied so far, ascending.</summary>
    Task<IReadOnlyList<int>> GetAppliedMigrationsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits a rating, replacing the same user's earlier rating of the same movie, and returns
    /// once it is durable.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not on the half-star grid; nothing is written.</exception>
    Task<RatingWrite> UpsertAsync(Rating rating, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user's rating of a movie; returns the deleted rating, or null when there was none.</summary>
    Task<Rating?> DeleteAsync(int userId, int movieId, CancellationToken cancellationToken = default);

    /// <summary>Returns a user's ratings ordered by movie id; empty for an unknown user.</summary>
    Task<IReadOnlyList<Rating>> GetUserRatingsAsync(int userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the count, sum and sum of squares of a movie's stored ratings; zeros for a movie
    /// nobody rated.
    /// </summary>
    Task<MovieRatingStatistics> GetMovieStatisticsAsync(int movieId, CancellationToken cancellationToken = default);

    /// <summary>Streams every rating ordered by user id, then movie id, which is the order of MovieLens' ratings.csv.</summary>
    IAsyncEnumerable<Rating> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a query on the schema history and returns once the database has returned its result.
    /// SQLite opens the existing file afresh for it, so a deleted file counts as unreachable.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">The database rejected the connection or the query.</exception>
    /// <exception cref="IOException">The database file or the server could not be reached.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled first.</exception>
    Task PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the number of stored ratings.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the files imported so far, oldest first.</summary>
    Task<IReadOnlyList<ImportRecord>> GetImportsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports a file's ratings unless the same file (name and SHA-256) was imported before. Where the
    /// store already has a rating for the same (user, movie), the one with the later timestamp wins, so
    /// importing an old file never overwrites a newer rating, and a repeated or resumed import changes
    /// nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is off the half-star grid.</exception>
    Task<ImportResult> ImportAsync(
        string fileName,
        string sha256,
        IEnumerable<Rating> ratings,
        CancellationToken cancellationToken = default);
}
