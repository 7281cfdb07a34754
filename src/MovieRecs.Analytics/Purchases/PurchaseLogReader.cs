using System.Diagnostics;
using CsvHelper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// Reads and validates a purchase-log CSV: one purchase line per row, with the columns a
/// <see cref="PurchaseCsvMapping"/> names. Every data row is counted as kept, fixed or skipped, and each
/// fix or skip gets a <see cref="LoadIssue"/> with the file, line, column, value and what was done.
/// </summary>
/// <remarks>
/// <para>
/// The file is UTF-8, with or without a byte order mark, with LF or CRLF line ends and RFC 4180
/// quoting, so a quoted field may contain the separator. Header names match after trimming,
/// ignoring case, in any order; a header that has a mapped name twice is rejected as ambiguous.
/// Blank lines are not rows. Line numbers are physical lines, the header being line 1.
/// </para>
/// <para>
/// Rows with another field count than the header, or broken quoting, are skipped as malformed. See
/// <see cref="PurchaseRowParser"/> for the rules of each field.
/// </para>
/// </remarks>
public static partial class PurchaseLogReader
{
    /// <summary>Reads a purchase log.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="mapping">The column names and formats; null for the defaults.</param>
    /// <param name="logger">Receives one entry for the file and one warning per kind of skipped row.</param>
    /// <param name="timeProvider">
    /// The clock for the load time; timestamps more than one day after it are rejected. Defaults to the
    /// system clock.
    /// </param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is empty, its header lacks a required column or has a mapped one twice, or CsvHelper
    /// cannot read it.
    /// </exception>
    /// <exception cref="ArgumentException">The mapping is invalid.</exception>
    public static PurchaseImport Read(
        string path,
        PurchaseCsvMapping? mapping = null,
        ILogger? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        mapping ??= new PurchaseCsvMapping();
        mapping.Validate();
        logger ??= NullLogger.Instance;
        timeProvider ??= TimeProvider.System;

        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException(
                $"The purchase log '{fullPath}' was not found. Pass a CSV file with one purchase per row.",
                fullPath);
        }

        var stopwatch = Stopwatch.StartNew();
        string file = Path.GetFileName(fullPath);
        var issues = new List<LoadIssue>();
        var report = new FileReportBuilder(file, issues);
        var purchases = new List<Purchase>();
        PurchaseColumnMatch[] columns;
        PurchaseRowParser parser;
        using (CsvReader reader = Open(fullPath, mapping, report))
        {
            columns = MatchColumns(reader, mapping, $"{file} at '{fullPath}'");
            parser = new PurchaseRowParser(columns, mapping, timeProvider.GetUtcNow());
            ReadRows(reader, parser, report, purchases);
        }

        FileLoadReport counts = report.Build();
        var loadReport = new LoadReport(Path.GetDirectoryName(fullPath) ?? fullPath, [counts], issues);
        var log = new PurchaseLog(purchases, parser.Products, [], loadReport);
        LogFileRead(logger, file, counts.RowsRead, counts.RowsKept, counts.RowsFixed, counts.RowsSkipped, stopwatch.ElapsedMilliseconds);
        foreach ((LoadIssueKind kind, long count, LoadIssue first) in report.SkippedSummary)
        {
            LogRowsSkipped(logger, file, count, kind, first.Line, first.Message);
        }

        return new PurchaseImport(log, columns);
    }

    private static CsvReader Open(string path, PurchaseCsvMapping mapping, FileReportBuilder report)
    {
        var options = new CsvReaderOptions
        {
            Separator = mapping.Separator[0],
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record =>
            {
                string raw = Shorten(record.RawRecord.TrimEnd('\r', '\n'));
                string message = $"The row has broken quoting ({record.Reason}), so the row '{raw}' is skipped.";
                report.Skip(record.LineNumber, new RowIssue(LoadIssueKind.MalformedRow, null, null, message));
            },
        };
        return CsvReader.FromFile(path, options);
    }

    private static PurchaseColumnMatch[] MatchColumns(CsvReader reader, PurchaseCsvMapping mapping, string source)
    {
        IReadOnlyList<string> headers;
        try
        {
            headers = reader.Headers;
        }
        catch (CsvFormatException exception)
        {
            throw new InvalidDataException($"{source} has an unreadable header: {exception.Message}", exception);
        }

        if (headers.Count == 0)
        {
            throw new InvalidDataException(
                $"{source} is empty. Expected a header line with at least the columns {mapping.CustomerId}, " +
                $"{mapping.ProductId}, {mapping.Timestamp} and {mapping.Quantity ?? mapping.Amount}.");
        }

        var matches = new List<PurchaseColumnMatch>();
        foreach (PurchaseColumn column in Enum.GetValues<PurchaseColumn>())
        {
            string? header = mapping.GetHeader(column);
            int[] positions = header is null ? [] : FindAll(headers, header);
            if (positions.Length > 1)
            {
                throw new InvalidDataException(
                    $"{source} has the column '{header}' {positions.Length} times (columns " +
                    $"{string.Join(" and ", positions.Select(index => index + 1))}), so it is ambiguous. Rename " +
                    "one in the file or map the field to another column.");
            }

            matches.Add(new PurchaseColumnMatch(column, header, positions.Length == 1 ? positions[0] : -1));
        }

        string found = Shorten(string.Join(mapping.Separator, headers));
        foreach (PurchaseColumnMatch match in matches.Take(3).Where(match => !match.IsPresent))
        {
            throw new InvalidDataException(
                $"{source} has the header '{found}', which lacks the required column '{match.Header}' " +
                $"({PurchaseCsvMapping.FieldNames[(int)match.Column]}). Rename the column or map the field to " +
                "the file's name for it with a mapping file or --column.");
        }

        if (!matches[(int)PurchaseColumn.Quantity].IsPresent && !matches[(int)PurchaseColumn.Amount].IsPresent)
        {
            throw new InvalidDataException(
                $"{source} has the header '{found}', which has neither the quantity column " +
                $"'{mapping.Quantity}' nor the amount column '{mapping.Amount}'. Map at least one of them.");
        }

        return matches.ToArray();
    }

    private static int[] FindAll(IReadOnlyList<string> headers, string header)
    {
        var positions = new List<int>(1);
        for (int i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), header.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                positions.Add(i);
            }
        }

        return positions.ToArray();
    }

    private static void ReadRows(CsvReader reader, PurchaseRowParser parser, FileReportBuilder report, List<Purchase> purchases)
    {
        int headerCount = reader.Headers.Count;
        while (ReadRecord(reader, report.File))
        {
            if (IsBlank(reader.RawRecord))
            {
                continue;
            }

            if (reader.FieldCount != headerCount)
            {
                string raw = MovieLensFields.Describe(reader.RawRecord);
                string message =
                    $"The row has {reader.FieldCount} fields, but the header has {headerCount}, so the row " +
                    $"'{raw}' is skipped.";
                report.Skip(reader.LineNumber, new RowIssue(LoadIssueKind.MalformedRow, null, null, message));
                continue;
            }

            if (parser.TryParse(index => reader.GetString(index) ?? string.Empty, reader.LineNumber, out Purchase? purchase)
                is { } issue)
            {
                report.Skip(reader.LineNumber, issue);
                continue;
            }

            purchases.Add(purchase!);
            if (parser.Fixes.Count > 0)
            {
                report.Fix(reader.LineNumber, parser.Fixes.ToArray());
            }
            else
            {
                report.Keep();
            }
        }
    }

    private static bool ReadRecord(CsvReader reader, string file)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException exception)
        {
            throw new InvalidDataException($"{file} cannot be read at line {exception.LineNumber}: {exception.Message}", exception);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> raw)
    {
        foreach (byte b in raw)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string value) => MovieLensFields.Shorten(value);
}
