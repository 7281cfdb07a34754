using Microsoft.Extensions.Logging;

namespace MovieRecs.Algorithms.Data;

public sealed partial class MovieLensDownloader
{
    [LoggerMessage(
        EventId = 5020,
        Level = LogLevel.Information,
        Message = "Downloading {Source} into {Directory}")]
    private static partial void LogDownloadStarted(ILogger logger, Uri source, string directory);

    [LoggerMessage(
        EventId = 5021,
        Level = LogLevel.Information,
        Message = "Downloaded {Bytes} bytes from {Source} and verified {FileCount} files into {Directory} "
            + "in {ElapsedMs} ms")]
    private static partial void LogDownloadCompleted(
        ILogger logger,
        long bytes,
        Uri source,
        int fileCount,
        string directory,
        long elapsedMs);

    [LoggerMessage(
        EventId = 5022,
        Level = LogLevel.Information,
        Message = "{Directory} already contains the MovieLens files, so nothing was downloaded")]
    private static partial void LogAlreadyPresent(ILogger logger, string directory);

    [LoggerMessage(EventId = 5023, Level = LogLevel.Debug, Message = "Ignored zip entry {Entry}")]
    private static partial void LogEntryIgnored(ILogger logger, string entry);

    [LoggerMessage(
        EventId = 5024,
        Level = LogLevel.Warning,
        Message = "Could not delete the temporary path {Path}. Delete it by hand")]
    private static partial void LogTemporaryNotDeleted(ILogger logger, string path, Exception exception);
}
