namespace MovieRecs.Algorithms.Data;

/// <summary>The first problem found in a row, before it is placed at a file and line.</summary>
/// <param name="Kind">What is wrong with the row.</param>
/// <param name="Column">The header name of the offending column, or null when the whole row is at fault.</param>
/// <param name="Value">The offending value, cut to a readable length.</param>
/// <param name="Message">A sentence that names the column and the value.</param>
internal readonly record struct RowIssue(LoadIssueKind Kind, string? Column, string? Value, string Message);
