using Microsoft.Extensions.Logging;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Analytics.Purchases;

public static partial class PurchaseLogReader
{
    [LoggerMessage(
        EventId = 6001,
        Level = LogLevel.Information,
        Message = "Read {File}: {RowsRead} rows, {RowsKept} kept, {RowsFixed} fixed, {RowsSkipped} skipped in {ElapsedMs} ms")]
    private static partial void LogFileRead(
        ILogger logger,
        string file,
        long rowsRead,
        long rowsKept,
        long rowsFixed,
        long rowsSkipped,
        long elapsedMs);

    [LoggerMessage(
        EventId = 6002,
        Level = LogLevel.Warning,
        Message = "Skipped {Count} rows of {File} as {Kind}, the first at line {Line}: {Message}")]
    private static partial void LogRowsSkipped(
        ILogger logger,
        string file,
        long count,
        LoadIssueKind kind,
        long line,
        string message);
}
