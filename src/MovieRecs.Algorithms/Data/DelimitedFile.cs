using System.Text;
using CsvHelper;

namespace MovieRecs.Algorithms.Data;

/// <summary>
/// A headerless delimited file without quoting, such as MovieLens 100K's u.data (tabs) and u.item
/// (pipes), read with CsvHelper. Rows with another field count than expected are skipped as malformed.
/// </summary>
/// <remarks>
/// Quotes are ordinary text (<see cref="CsvMode.NoEscape"/>), because u.item titles are not quoted and
/// a title may contain a quote. Line numbers are 1-based physical lines; blank lines are passed over
/// and are not rows.
/// </remarks>
internal sealed class DelimitedFile : IDisposable
{
    private readonly CsvReader _reader;
    private readonly FileReportBuilder _report;
    private readonly string[] _columns;

    private DelimitedFile(CsvReader reader, FileReportBuilder report, string[] columns)
    {
        _reader = reader;
        _report = report;
        _columns = columns;
    }

    /// <summary>The 1-based physical line of the current row.</summary>
    public long LineNumber => _reader.LineNumber;

    /// <summary>The column names the file documentation gives, used in messages.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Opens a file whose rows must have exactly <paramref name="columns"/>.Length fields.</summary>
    /// <param name="path">The file.</param>
    /// <param name="separator">The field separator, such as '\t' or '|'.</param>
    /// <param name="encoding">The text encoding, such as Latin-1 for u.item.</param>
    /// <param name="columns">The names of the fields in order, for messages.</param>
    /// <param name="report">The counts of the file.</param>
    /// <exception cref="InvalidDataException">The file is empty.</exception>
    public static DelimitedFile Open(
        string path,
        char separator,
        Encoding encoding,
        string[] columns,
        FileReportBuilder report)
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            Mode = CsvMode.NoEscape,
            Encoding = encoding,
            TrackLineNumbers = true,
        };
        if (new FileInfo(path).Length == 0)
        {
            throw new InvalidDataException(
                $"{report.File} at '{path}' is empty. Expected rows of {columns.Length} fields separated by " +
                $"'{Printable(separator)}': {string.Join(", ", columns)}.");
        }

        return new DelimitedFile(CsvReader.FromFile(path, options), report, columns);
    }

    /// <summary>
    /// Advances to the next row with the expected field count, counting rows with another count as
    /// skipped on the way.
    /// </summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    /// <exception cref="InvalidDataException">CsvHelper cannot read the file.</exception>
    public bool ReadRow()
    {
        while (ReadRecord())
        {
            if (IsBlank(_reader.RawRecord))
            {
                continue;
            }

            if (_reader.FieldCount == _columns.Length)
            {
                return true;
            }

            string raw = MovieLensFields.Describe(_reader.RawRecord);
            string message =
                $"The row has {_reader.FieldCount} fields, but {_report.File} rows have {_columns.Length} " +
                $"({string.Join(", ", _columns)}), so the row '{raw}' is skipped.";
            _report.Skip(LineNumber, new RowIssue(LoadIssueKind.MalformedRow, null, null, message));
        }

        return false;
    }

    /// <summary>Returns the UTF-8 bytes of a field of the current row, valid until the next read.</summary>
    public ReadOnlySpan<byte> GetSpan(int column) => _reader.GetSpan(column);

    /// <summary>Returns a field of the current row as a string, "" when the field is empty.</summary>
    public string GetString(int column) => _reader.GetString(column) ?? string.Empty;

    /// <summary>Counts the current row as kept.</summary>
    public void KeepRow() => _report.Keep();

    /// <summary>Counts the current row as kept after the given corrections.</summary>
    public void FixRow(params RowIssue[] corrections) => _report.Fix(LineNumber, corrections);

    /// <summary>Counts the current row as skipped, with its issue.</summary>
    public void SkipRow(RowIssue issue) => _report.Skip(LineNumber, issue);

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    private static string Printable(char separator) => separator == '\t' ? "\\t" : separator.ToString();

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

    private bool ReadRecord()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException exception)
        {
            throw new InvalidDataException(
                $"{_report.File} cannot be read at line {exception.LineNumber}: {exception.Message}",
                exception);
        }
    }
}
