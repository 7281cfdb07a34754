using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Items;

public sealed partial class ItemGrain
{
    [LoggerMessage(
        EventId = 2030,
        Level = LogLevel.Debug,
        Message = "Ignored the {Metric} neighbor list of version {Version} for movie {MovieId}, which " +
            "stores version {StoredVersion}")]
    private partial void LogStaleListIgnored(
        int movieId,
        ItemSimilarityMetric metric,
        long version,
        long storedVersion);

    [LoggerMessage(
        EventId = 2031,
        Level = LogLevel.Warning,
        Message = "Movie {MovieId} holds no {Metric} neighbor list although similarity version {ServedVersion} " +
            "has completed; its stored list was lost, and it serves an empty list until the next build")]
    private partial void LogListMissing(int movieId, ItemSimilarityMetric metric, long servedVersion);

    [LoggerMessage(
        EventId = 2032,
        Level = LogLevel.Warning,
        Message = "Could not tell the coordinator that ratings of movie {MovieId} changed; the next change " +
            "tries again: {Reason}")]
    private partial void LogChangeNotReported(int movieId, string reason);
}
