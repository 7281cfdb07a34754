namespace MovieRecs.Algorithms.Data;

/// <summary>One problem found while loading, located by file and 1-based line number.</summary>
/// <param name="File">The file name, for example "ratings.csv".</param>
/// <param name="Line">The 1-based physical line number where the row starts; the header is line 1.</param>
/// <param name="Kind">What is wrong with the row.</param>
/// <param name="Action">What the loader did with the row.</param>
/// <param name="Message">A sentence that names the offending value.</param>
/// <param name="Column">
/// The header name of the offending column, or <see langword="null"/> when the whole row is at fault
/// (wrong field count, broken quoting).
/// </param>
/// <param name="Value">
/// The offending value as read, cut to 80 characters, or <see langword="null"/> when
/// <paramref name="Column"/> is <see langword="null"/>.
/// </param>
public sealed record LoadIssue(
    string File,
    long Line,
    LoadIssueKind Kind,
    RowAction Action,
    string Message,
    string? Column = null,
    string? Value = null);
