namespace MovieRecs.Gateway.Admin;

/// <summary>The response of a bulk ratings import.</summary>
/// <param name="ImportId">The import's id, which names its batches in the system of record.</param>
/// <param name="RowsRead">Data rows read, the header and blank lines excluded.</param>
/// <param name="RowsKept">Rows that passed validation and were sent to the system of record.</param>
/// <param name="RowsFixed">Rows kept after a correction; the validation corrects none, so 0.</param>
/// <param name="RowsSkipped">Rows left out, each with an issue.</param>
/// <param name="SkippedByKind">The skipped rows counted by the kind of problem.</param>
/// <param name="Issues">The first skipped rows' issues, by line.</param>
/// <param name="IssuesOmitted">The number of issues left out of <paramref name="Issues"/>.</param>
/// <param name="Batches">The number of batches sent to the cluster.</param>
/// <param name="UsersReloaded">The user grains that reloaded their ratings, counted once per batch.</param>
/// <param name="ElapsedSeconds">The time from the first byte read to the last batch committed.</param>
public sealed record RatingImportReport(
    string ImportId,
    long RowsRead,
    long RowsKept,
    long RowsFixed,
    long RowsSkipped,
    IReadOnlyDictionary<string, long> SkippedByKind,
    IReadOnlyList<RatingImportIssue> Issues,
    long IssuesOmitted,
    int Batches,
    long UsersReloaded,
    double ElapsedSeconds);
