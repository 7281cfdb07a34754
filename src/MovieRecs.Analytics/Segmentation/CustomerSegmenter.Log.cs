using Microsoft.Extensions.Logging;

namespace MovieRecs.Analytics.Segmentation;

public static partial class CustomerSegmenter
{
    [LoggerMessage(
        EventId = 6101,
        Level = LogLevel.Debug,
        Message = "k-means with k = {K}: silhouette {Silhouette}, inertia {Inertia}")]
    private static partial void LogKScored(ILogger logger, int k, double silhouette, double inertia);

    [LoggerMessage(
        EventId = 6102,
        Level = LogLevel.Information,
        Message = "Segmented {CustomerCount} customers into {K} segments (silhouette {Silhouette}, mean ARI under reseed {Stability}) in {ElapsedMs} ms")]
    private static partial void LogSegmented(ILogger logger, int customerCount, int k, double silhouette, double stability, long elapsedMs);
}
