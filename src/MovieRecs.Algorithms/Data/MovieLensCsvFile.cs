using CsvHelper;

namespace MovieRecs.Algorithms.Data;

/// <summary>
/// One MovieLens CSV file opened with CsvHelper: checks the header, then returns the data rows with
/// the physical line where each starts, and skips rows with broken quoting as malformed.
/// </summary>
/// <remarks>
/// Line numbers count every physical line of the file, the header (line 1), blank lines and the line
/// breaks inside quoted fields included, as CsvHelper's <see cref="CsvReader.LineNumber"/> does.
/// Lines that are empty or hold only spaces and tabs are passed over and are not rows.
/// </remarks>
internal sealed class MovieLensCsvFile : IDisposable, IAsyncDisposable
{
    private readonly CsvReader _reader;
    private readonly FileReportBuilder _report;
    private readonly int[] _columnIndexes;

    private MovieLensCsvFile(CsvReader reader, FileReportBuilder report, string[] columns, int[] columnIndexes)
    {
        _reader = reader;
        _report = report;
        Columns = columns;
        _columnIndexes = columnIndexes;
    }

    /// <summary>The expected column names, in the order the loader addresses them.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The 1-based physical line where the current row starts.</summary>
    public long LineNumber => _reader.LineNumber;

    /// <summary>Opens a file and checks that its header has every expected column.</summary>
    /// <exception cref="InvalidDataException">The file is empty, or its header lacks a column.</exception>
    public static MovieLensCsvFile Open(string path, string[] columns, FileReportBuilder report)
    {
        // The callback reports to the file object, which is created after the reader. The lambda
        // captures the variable, so it reaches the object once the variable is assigned.
        MovieLensCsvFile? file = null;
        CsvReaderOptions options = CreateOptions(record => file?.ReportMalformed(record), maxRecordBytes: null);
        CsvReader reader = CsvReader.FromFile(path, options);
        try
        {
            int[] indexes = FindColumns(reader.Headers, $"{report.File} at '{path}'", columns);
            file = new MovieLensCsvFile(reader, report, columns, indexes);
            return file;
        }
        catch (CsvFormatException exception)
        {
            reader.Dispose();
            throw UnreadableHeader($"{report.File} at '{path}'", exception);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a stream, such as a request body, reads its header without blocking and checks that it
    /// has every expected column. The stream is read forward only and stays open.
    /// </summary>
    /// <param name="stream">The CSV input, read from its current position.</param>
    /// <param name="columns">The expected column names.</param>
    /// <param name="report">The counts of the stream; its file name names the stream in messages.</param>
    /// <param name="maxRecordBytes">The largest record the reader buffers; a longer one fails the read.</param>
    /// <param name="cancellationToken">Stops reading the header.</param>
    /// <exception cref="InvalidDataException">The stream is empty, or its header lacks a column.</exception>
    public static async Task<MovieLensCsvFile> OpenAsync(
        Stream stream,
        string[] columns,
        FileReportBuilder report,
        int maxRecordBytes,
        CancellationToken cancellationToken)
    {
        MovieLensCsvFile? file = null;
        CsvReaderOptions options = CreateOptions(record => file?.ReportMalformed(record), maxRecordBytes);
        CsvReader reader = CsvReader.Create(stream, options, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            int[] indexes = FindColumns(reader.Headers, report.File, columns);
            file = new MovieLensCsvFile(reader, report, columns, indexes);
            return file;
        }
        catch (CsvFormatException exception)
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw UnreadableHeader(report.File, exception);
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Advances to the next data row that has as many fields as the header. Rows with another field
    /// count are counted as skipped and reported as malformed on the way.
    /// </summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    /// <exception cref="InvalidDataException">
    /// CsvHelper cannot read the file, for example because a record is too large.
    /// </exception>
    public bool ReadRow()
    {
        while (ReadRecord())
        {
            if (IsDataRow())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Advances to the next data row as <see cref="ReadRow"/> does, waiting for input without
    /// blocking a thread.
    /// </summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="InvalidDataException">CsvHelper cannot read the input.</exception>
    public async ValueTask<bool> ReadRowAsync(CancellationToken cancellationToken)
    {
        while (await ReadRecordAsync(cancellationToken).ConfigureAwait(false))
        {
            if (IsDataRow())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the UTF-8 bytes of a column in the current row, valid until the next read.</summary>
    public ReadOnlySpan<byte> GetSpan(int column) => _reader.GetSpan(_columnIndexes[column]);

    /// <summary>Returns a column of the current row as a string, "" when the field is empty.</summary>
    public string GetString(int column) => _reader.GetString(_columnIndexes[column]) ?? string.Empty;

    /// <summary>Counts the current row as kept.</summary>
    public void KeepRow() => _report.Keep();

    /// <summary>Counts the current row as kept after the given corrections.</summary>
    public void FixRow(params RowIssue[] corrections) => _report.Fix(LineNumber, corrections);

    /// <summary>Counts the current row as skipped, with its issue at the line where the row starts.</summary>
    public void SkipRow(RowIssue issue) => _report.Skip(LineNumber, issue);

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    private static CsvReaderOptions CreateOptions(Action<CsvMalformedRecord> onMalformed, int? maxRecordBytes) => new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        OnMalformedRecord = onMalformed,
        MaxRecordSize = maxRecordBytes,
    };

    private static InvalidDataException UnreadableHeader(string source, CsvFormatException exception) =>
        new($"{source} has an unreadable header: {exception.Message}", exception);

    private static int[] FindColumns(IReadOnlyList<string> headers, string source, string[] columns)
    {
        string expected = string.Join(",", columns);
        if (headers.Count == 0)
        {
            throw new InvalidDataException($"{source} is empty. Expected a header line with the columns {expected}.");
        }

        var indexes = new int[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            indexes[i] = IndexOfColumn(headers, columns[i]);
            if (indexes[i] < 0)
            {
                string found = MovieLensFields.Shorten(string.Join(",", headers));
                throw new InvalidDataException(
                    $"{source} has the header '{found}', which lacks the column '{columns[i]}'. " +
                    $"Expected a first line with the columns {expected}.");
            }
        }

        return indexes;
    }

    // MovieLens headers are ASCII, so ordinal-ignore-case matching behaves the same under every culture
    // (a Turkish dotless i does not match "i").
    private static int IndexOfColumn(IReadOnlyList<string> headers, string column)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBlankLine(ReadOnlySpan<byte> raw)
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

    private bool ReadRecord()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException exception)
        {
            throw Unreadable(exception);
        }
    }

    private async ValueTask<bool> ReadRecordAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException exception)
        {
            throw Unreadable(exception);
        }
    }

    private InvalidDataException Unreadable(CsvFormatException exception) =>
        new($"{_report.File} cannot be read at line {exception.LineNumber}: {exception.Message}", exception);

    private bool IsDataRow()
    {
        if (IsBlankLine(_reader.RawRecord))
        {
            return false;
        }

        int headerCount = _reader.Headers.Count;
        if (_reader.FieldCount == headerCount)
        {
            return true;
        }

        string raw = MovieLensFields.Describe(_reader.RawRecord);
        string message =
            $"The row has {_reader.FieldCount} fields, but the header has {headerCount} " +
            $"({string.Join(",", _reader.Headers)}), so the row '{raw}' is skipped.";
        _report.Skip(_reader.LineNumber, new RowIssue(LoadIssueKind.MalformedRow, null, null, message));
        return false;
    }

    private void ReportMalformed(CsvMalformedRecord record)
    {
        string raw = MovieLensFields.Shorten(record.RawRecord.TrimEnd('\r', '\n'));
        string message = $"The row has broken quoting ({record.Reason}), so the row '{raw}' is skipped.";
        _report.Skip(record.LineNumber, new RowIssue(LoadIssueKind.MalformedRow, null, null, message));
    }
}
