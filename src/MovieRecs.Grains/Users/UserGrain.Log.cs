using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Users;

public sealed partial class UserGrain
{
    [LoggerMessage(
        EventId = 2010,
        Level = LogLevel.Debug,
        Message = "Activated user {UserId} with {RatingCount} ratings, {PostedCount} of them posted")]
    private partial void LogActivated(int userId, int ratingCount, int postedCount);

    [LoggerMessage(
        EventId = 2011,
        Level = LogLevel.Debug,
        Message = "Scored {ItemCount} recommendations for user {UserId} from model {Model}, served by {ServedBy}")]
    private partial void LogRecommended(int userId, string model, string servedBy, int itemCount);

    [LoggerMessage(
        EventId = 2012,
        Level = LogLevel.Information,
        Message = "Stored rating {Rating} of movie {MovieId} for user {UserId} (previous rating {PreviousRating})")]
    private partial void LogRatingStored(int userId, int movieId, double rating, string previousRating);

    [LoggerMessage(
        EventId = 2017,
        Level = LogLevel.Information,
        Message = "Deleted the rating of movie {MovieId} for user {UserId}")]
    private partial void LogRatingDeleted(int userId, int movieId);

    [LoggerMessage(
        EventId = 2018,
        Level = LogLevel.Debug,
        Message = "Reloaded {RatingCount} ratings of user {UserId}, {PostedCount} of them posted")]
    private partial void LogRatingsReloaded(int userId, int ratingCount, int postedCount);

    [LoggerMessage(
        EventId = 2013,
        Level = LogLevel.Debug,
        Message = "Fetched {ListCount} {Metric} neighbor lists for user {UserId} at similarity version {Version}")]
    private partial void LogNeighborsFetched(int userId, ItemSimilarityMetric metric, int listCount, long version);

    [LoggerMessage(
        EventId = 2014,
        Level = LogLevel.Warning,
        Message = "{StaleCount} {Metric} neighbor lists fetched for user {UserId} are older than the served " +
            "similarity version {Version}; those item grains lost their lists or a rebuild is pushing")]
    private partial void LogStaleNeighborLists(int userId, ItemSimilarityMetric metric, int staleCount, long version);

    [LoggerMessage(
        EventId = 2015,
        Level = LogLevel.Debug,
        Message = "Rejected an item-knn request of user {UserId}: the {Metric} similarity build is {State}")]
    private partial void LogSimilarityNotReady(int userId, ItemSimilarityMetric metric, SimilarityJobState state);

    [LoggerMessage(
        EventId = 2019,
        Level = LogLevel.Warning,
        Message = "User {UserId}'s committed rating of movie {MovieId} did not reach the movie's item grain, so " +
            "its statistics and neighbor refresh miss it until the grain reloads: {Reason}")]
    private partial void LogItemNotTold(int userId, int movieId, string reason);

    [LoggerMessage(
        EventId = 2020,
        Level = LogLevel.Error,
        Message = "User {UserId}: the system of record could not {Attempted}")]
    private partial void LogStoreFailed(Exception exception, int userId, string attempted);
}
