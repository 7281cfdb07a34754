namespace MovieRecs.Storage;

/// <summary>A ratings file imported into the store.</summary>
/// <param name="FileName">The file's name without its folder, such as "ratings.csv".</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="RowCount">The number of ratings the import wrote.</param>
/// <param name="ImportedAt">When the import was committed.</param>
public sealed record ImportRecord(string FileName, string Sha256, long RowCount, DateTimeOffset ImportedAt);

/// <summary>The outcome of an import request.</summary>
/// <param name="Record">The import, new or found.</param>
/// <param name="AlreadyImported">
/// <see langword="true"/> when the same file, by name and SHA-256, had been imported before, so nothing was written.
/// </param>
public sealed record ImportResult(ImportRecord Record, bool AlreadyImported);
