namespace MovieRecs.Algorithms.Data;

/// <summary>
/// Reads a stream in the ratings.csv format row by row and validates each row exactly as <see
/// cref="MovieLensLoader"/> validates ratings.csv, so a caller can process a large upload in
/// batches without holding it in memory.
/// </summary>
/// <remarks>
/// Each row is kept or skipped with a <see cref="LoadIssue"/> for its first problem, at the physical
/// line where the row starts (the header is line 1). The first rating of a (user, movie) pair is
/// kept and later ones are skipped, which takes memory in proportion to the kept rows. The issue
/// list stops at a configured length; later issues still count in <see cref="IssuesOmitted"/> and
/// in the report's counts by kind.
/// </remarks>
public sealed class RatingsStreamReader : IAsyncDisposable
{
    private const long SecondsPerDay = 24 * 60 * 60;

    private readonly MovieLensCsvFile _file;
    private readonly FileReportBuilder _report;
    private readonly RatingRowValidator _validator;
    private readonly List<LoadIssue> _issues;

    private RatingsStreamReader(
        MovieLensCsvFile file,
        FileReportBuilder report,
        RatingRowValidator validator,
        List<LoadIssue> issues)
    {
        _file = file;
        _report = report;
        _validator = validator;
        _issues = issues;
    }

    /// <summary>The rating of the row the last <see cref="ReadAsync"/> call kept.</summary>
    public Rating Current { get; private set; }

    /// <summary>The issues found so far, by line, at most the configured number.</summary>
    public IReadOnlyList<LoadIssue> Issues => _issues;

    /// <summary>The number of issues found so far that the full issue list left out.</summary>
    public long IssuesOmitted => _report.IssuesOmitted;

    /// <summary>
    /// Reads the header of <paramref name="stream"/> and checks that it has the columns
    /// userId,movieId,rating,timestamp, in any order and ignoring case.
    /// </summary>
    /// <param name="stream">The input, read forward from its current position; it stays open.</param>
    /// <param name="name">
    /// Names the input in messages and in <see cref="LoadIssue.File"/>, such as "ratings.csv".
    /// </param>
    /// <param name="movieIds">The catalogue; a rating of another movie is skipped.</param>
    /// <param name="maxIssues">The length at which the issue list stops growing.</param>
    /// <param name="maxRecordBytes">
    /// The maximum record size, in bytes, that the reader buffers. A longer record, such as a quote
    /// that is never closed, fails the read with <see cref="InvalidDataException"/>.
    /// </param>
    /// <param name="timeProvider">
    /// The clock: timestamps more than one day after it are skipped. Defaults to the system clock.
    /// </param>
    /// <param name="cancellationToken">Stops reading the header.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="stream"/>, <paramref name="name"/> or <paramref name="movieIds"/> is null.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="maxIssues"/> is negative or <paramref name="maxRecordBytes"/> is not positive.
    /// </exception>
    /// <exception cref="InvalidDataException">
    /// The input is empty, its header lacks a column, or the header cannot be read as CSV.
    /// </exception>
    public static async Task<RatingsStreamReader> OpenAsync(
        Stream stream,
        string name,
        IReadOnlySet<int> movieIds,
        int maxIssues,
        int maxRecordBytes,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(movieIds);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssues);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecordBytes);
        timeProvider ??= TimeProvider.System;

        var issues = new List<LoadIssue>();
        var report = new FileReportBuilder(name, issues, maxIssues);
        MovieLensCsvFile file = await MovieLensCsvFile
            .OpenAsync(stream, MovieLensLoader.RatingColumns, report, maxRecordBytes, cancellationToken)
            .ConfigureAwait(false);
        long maxTimestamp = timeProvider.GetUtcNow().ToUnixTimeSeconds() + SecondsPerDay;
        return new RatingsStreamReader(file, report, new RatingRowValidator(movieIds, maxTimestamp), issues);
    }

    /// <summary>
    /// Advances to the next valid rating, counting every row on the way as kept or skipped.
    /// </summary>
    /// <returns>
    /// <see langword="true"/> with the rating in <see cref="Current"/>; <see langword="false"/> at
    /// the end of the input.
    /// </returns>
    /// <exception cref="InvalidDataException">
    /// The input cannot be read as CSV, for example because a record is longer than the limit.
    /// </exception>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (await _file.ReadRowAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_validator.Validate(_file, out Rating rating))
            {
                Current = rating;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the counts of the rows read so far: every row is kept or skipped, and none is fixed.
    /// </summary>
    public FileLoadReport GetReport() => _report.Build();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
