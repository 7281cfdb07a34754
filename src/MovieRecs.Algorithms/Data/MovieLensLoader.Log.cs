using Microsoft.Extensions.Logging;

namespace MovieRecs.Algorithms.Data;

public static partial class MovieLensLoader
{
    [LoggerMessage(
        EventId = 5001,
        Level = LogLevel.Information,
        Message = "Loading MovieLens data from {Directory}")]
    private static partial void LogLoadStarted(ILogger logger, string directory);

    [LoggerMessage(
        EventId = 5002,
        Level = LogLevel.Information,
        Message = "Read {File}: {RowsRead} rows, {RowsKept} kept, {RowsSkipped} skipped in {ElapsedMs} ms")]
    private static partial void LogFileRead(
        ILogger logger,
        string file,
        long rowsRead,
        long rowsKept,
        long rowsSkipped,
        long elapsedMs);

    [LoggerMessage(
        EventId = 5003,
        Level = LogLevel.Warning,
        Message = "Skipped {Count} rows of {File} as {Kind}, the first at line {Line}: {Message}")]
    private static partial void LogRowsSkipped(
        ILogger logger,
        string file,
        long count,
        LoadIssueKind kind,
        long line,
        string message);

    [LoggerMessage(
        EventId = 5004,
        Level = LogLevel.Information,
        Message = "Optional file {File} was not found in {Directory}, so the data set has none of its rows")]
    private static partial void LogOptionalFileAbsent(ILogger logger, string file, string directory);

    [LoggerMessage(
        EventId = 5005,
        Level = LogLevel.Information,
        Message = "Loaded {MovieCount} movies, {RatingCount} ratings by {UserCount} users, {TagCount} tags and "
            + "{LinkCount} links with {IssueCount} issues from {Directory} in {ElapsedMs} ms")]
    private static partial void LogLoadCompleted(
        ILogger logger,
        int movieCount,
        int ratingCount,
        int userCount,
        int tagCount,
        int linkCount,
        int issueCount,
        string directory,
        long elapsedMs);
}
