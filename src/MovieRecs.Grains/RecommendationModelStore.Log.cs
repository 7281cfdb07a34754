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
}
