using MovieRecs.Algorithms.Data;

namespace MovieRecs.Gateway.Admin;

/// <summary>A skipped row of an import, with what to change so the row is imported.</summary>
/// <param name="Line">The 1-based line where the row starts; the header is line 1.</param>
/// <param name="Kind">The kind of problem, such as "UnknownMovie".</param>
/// <param name="Column">The offending column, or null when the whole row is at fault.</param>
/// <param name="Value">The offending value as read, or null with <paramref name="Column"/>.</param>
/// <param name="Message">The validation's sentence about the row.</param>
/// <param name="Fix">What to change in the row.</param>
public sealed record RatingImportIssue(
    long Line,
    string Kind,
    string? Column,
    string? Value,
    string Message,
    string Fix)
{
    /// <summary>Creates the response entry of a validation issue.</summary>
    public static RatingImportIssue From(LoadIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new RatingImportIssue(
            issue.Line,
            issue.Kind.ToString(),
            issue.Column,
            issue.Value,
            issue.Message,
            DescribeFix(issue.Kind));
    }

    private static string DescribeFix(LoadIssueKind kind) => kind switch
    {
        LoadIssueKind.IdOutOfRange => "Use user and movie ids between 1 and 2147483647.",
        LoadIssueKind.DuplicateRating =>
            "Send one row per (userId, movieId); the first row of the pair was imported.",
        LoadIssueKind.RatingOutOfRange or LoadIssueKind.RatingOffGrid =>
            "Use a rating that is a multiple of 0.5 between 0.5 and 5.0, such as 3.5.",
        LoadIssueKind.UnknownMovie =>
            "Use a movieId of the catalogue; GET /api/movies/{movieId} returns 404 for any other.",
        LoadIssueKind.BadTimestamp =>
            "Use whole seconds since 1970-01-01 UTC, at most one day after the time of the import.",
        _ => "Write the row as userId,movieId,rating,timestamp, such as 1,31,2.5,1260759144.",
    };
}
