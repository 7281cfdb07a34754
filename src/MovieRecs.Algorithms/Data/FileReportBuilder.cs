namespace MovieRecs.Algorithms.Data;

/// <summary>
/// The running counts of one file: each data row is counted once, as kept, as fixed or as skipped
/// with its issue, so that kept + fixed + skipped always equals rows read.
/// </summary>
internal sealed class FileReportBuilder
{
    private readonly List<LoadIssue> _issues;
    private readonly int _maxIssues;
    private readonly Dictionary<LoadIssueKind, long> _skippedByKind = [];
    private readonly Dictionary<LoadIssueKind, LoadIssue> _firstIssueByKind = [];
    private long _rowsKept;
    private long _rowsFixed;
    private long _rowsSkipped;

    /// <summary>
    /// Creates the counts of <paramref name="file"/>, adding its issues to the shared list until
    /// that list contains <paramref name="maxIssues"/>; later issues are only counted.
    /// </summary>
    public FileReportBuilder(string file, List<LoadIssue> issues, int maxIssues = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssues);
        File = file;
        _issues = issues;
        _maxIssues = maxIssues;
    }

    /// <summary>The file name, for example "ratings.csv".</summary>
    public string File { get; }

    /// <summary>The number of issues counted but left out of the list because it was full.</summary>
    public long IssuesOmitted { get; private set; }

    /// <summary>The number of skipped rows by kind, each with the first issue of that kind.</summary>
    public IEnumerable<(LoadIssueKind Kind, long Count, LoadIssue First)> SkippedSummary =>
        _skippedByKind.Select(pair => (pair.Key, pair.Value, _firstIssueByKind[pair.Key]));

    /// <summary>Counts a row that is kept unchanged.</summary>
    public void Keep() => _rowsKept++;

    /// <summary>Counts a row that is kept after one or more corrections, and records each of them.</summary>
    public void Fix(long line, IReadOnlyList<RowIssue> corrections)
    {
        ArgumentOutOfRangeException.ThrowIfZero(corrections.Count);
        foreach (RowIssue correction in corrections)
        {
            Record(new LoadIssue(
                File,
                line,
                correction.Kind,
                RowAction.Fixed,
                correction.Message,
                correction.Column,
                correction.Value));
        }

        _rowsFixed++;
    }

    /// <summary>Counts a row that is left out and records why.</summary>
    public void Skip(long line, RowIssue issue)
    {
        var loadIssue = new LoadIssue(
            File,
            line,
            issue.Kind,
            RowAction.Skipped,
            issue.Message,
            issue.Column,
            issue.Value);
        Record(loadIssue);
        _rowsSkipped++;
        _skippedByKind[issue.Kind] = _skippedByKind.GetValueOrDefault(issue.Kind) + 1;
        _firstIssueByKind.TryAdd(issue.Kind, loadIssue);
    }

    /// <summary>Creates the final counts.</summary>
    public FileLoadReport Build() => new(
        File,
        RowsRead: _rowsKept + _rowsFixed + _rowsSkipped,
        RowsKept: _rowsKept,
        RowsFixed: _rowsFixed,
        RowsSkipped: _rowsSkipped,
        SkippedByKind: new Dictionary<LoadIssueKind, long>(_skippedByKind));

    private void Record(LoadIssue issue)
    {
        if (_issues.Count < _maxIssues)
        {
            _issues.Add(issue);
        }
        else
        {
            IssuesOmitted++;
        }
    }
}
