namespace MovieRecs.Algorithms.Data;

/// <summary>The validation report of one MovieLens load: per-file counts and the issues found.</summary>
/// <param name="Directory">The directory the files were read from.</param>
/// <param name="Files">The counts for each file in load order.</param>
/// <param name="Issues">Every issue found, by file and line.</param>
public sealed record LoadReport(string Directory, IReadOnlyList<FileLoadReport> Files, IReadOnlyList<LoadIssue> Issues)
{
    /// <summary>Returns the counts of one file by name, such as "ratings.csv", ignoring case.</summary>
    /// <exception cref="ArgumentException">The report has no entry for <paramref name="file"/>.</exception>
    public FileLoadReport GetFile(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        foreach (FileLoadReport report in Files)
        {
            if (string.Equals(report.File, file, StringComparison.OrdinalIgnoreCase))
            {
                return report;
            }
        }

        string known = string.Join(", ", Files.Select(report => report.File));
        throw new ArgumentException(
            $"The load report has no file named '{file}'. It has: {known}.",
            nameof(file));
    }
}
