using Microsoft.Extensions.Logging;

namespace MovieRecs.Grains;

public sealed partial class RecommendationModelStore
{
    [LoggerMessage(
        EventId = 2000,
        Level = LogLevel.Information,
        Message = "Loading the MovieLens data set from {Directory}")]
    private partial void LogLoadStarted(string directory);

    [LoggerMessage(
        EventId = 2001,
        Level = LogLevel.Information,
        Message = "Loaded {MovieCount} movies and {RatingCount} ratings of {UserCount} users " +
            "(fingerprint {Fingerprint}) and fitted the models in {ElapsedMs} ms")]
    private partial void LogLoadFinished(
        int movieCount,
        int ratingCount,
        int userCount,
        string fingerprint,
        long elapsedMs);

    [LoggerMessage(
        EventId = 2002,
        Level = LogLevel.Information,
        Message = "Applied {Count} schema migrations, up to version {Version}, to the {Provider} rating store")]
    private partial void LogMigrated(string provider, int count, int version);

    [LoggerMessage(
        EventId = 2003,
        Level = LogLevel.Information,
        Message = "Imported {RowCount} ratings from {FileName} into the {Provider} rating store")]
    private partial void LogImported(string fileName, long rowCount, string provider);

    [LoggerMessage(
        EventId = 2004,
        Level = LogLevel.Information,
        Message = "Skipped importing {FileName}: the file with SHA-256 {Sha256} was imported at {ImportedAt}")]
    private partial void LogImportSkipped(string fileName, string sha256, DateTimeOffset importedAt);

    [LoggerMessage(
        EventId = 2005,
        Level = LogLevel.Warning,
        Message = "Left out {Count} stored ratings of movies that are not in the catalogue at {Directory}")]
    private partial void LogUnknownMovies(int count, string directory);
}
