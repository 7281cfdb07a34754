namespace MovieRecs.Algorithms.Data;

/// <summary>The row counts of one loaded file: every data row read is kept, fixed or skipped.</summary>
/// <param name="File">The file name, for example "ratings.csv".</param>
/// <param name="RowsRead">Data rows read, the header and blank lines excluded.</param>
/// <param name="RowsKept">Rows kept unchanged.</param>
/// <param name="RowsFixed">Rows kept after a correction that an issue records.</param>
/// <param name="RowsSkipped">Rows left out, each with an issue that says why.</param>
/// <param name="SkippedByKind">The skipped rows counted by the kind of problem.</param>
/// <param name="IsPresent">
/// <see langword="false"/> when an optional file (tags.csv, links.csv) does not exist, so that all
/// counts are zero.
/// </param>
public sealed record FileLoadReport(
    string File,
    long RowsRead,
    long RowsKept,
    long RowsFixed,
    long RowsSkipped,
    IReadOnlyDictionary<LoadIssueKind, long> SkippedByKind,
    bool IsPresent = true)
{
    /// <summary>Creates the report of an optional file that does not exist, with all counts zero.</summary>
    /// <param name="file">The file name, for example "tags.csv".</param>
    public static FileLoadReport Absent(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return new FileLoadReport(file, 0, 0, 0, 0, new Dictionary<LoadIssueKind, long>(), IsPresent: false);
    }
}
