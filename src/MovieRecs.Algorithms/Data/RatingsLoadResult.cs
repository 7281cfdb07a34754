namespace MovieRecs.Algorithms.Data;

/// <summary>The valid ratings and the report of one ratings file loaded on its own.</summary>
/// <param name="Ratings">The ratings that passed validation, in file order.</param>
/// <param name="Report">The counts of the file: every data row read is kept or skipped.</param>
/// <param name="Issues">One issue per skipped row, by line.</param>
public sealed record RatingsLoadResult(
    IReadOnlyList<Rating> Ratings,
    FileLoadReport Report,
    IReadOnlyList<LoadIssue> Issues);
