using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

public sealed partial class CoordinatorGrain
{
    [LoggerMessage(
        EventId = 2050,
        Level = LogLevel.Information,
        Message = "Started job {JobId}: {Metric} similarity build {Version} over {ItemCount} items in " +
            "{ShardCount} shards")]
    private partial void LogJobStarted(
        string jobId,
        ItemSimilarityMetric metric,
        long version,
        int itemCount,
        int shardCount);

    [LoggerMessage(
        EventId = 2051,
        Level = LogLevel.Debug,
        Message = "Received shard {ShardIndex} of {Metric} similarity build {Version} from silo {Silo} " +
            "({ElapsedMs} ms)")]
    private partial void LogShardReceived(
        ItemSimilarityMetric metric,
        long version,
        int shardIndex,
        string silo,
        double elapsedMs);

    [LoggerMessage(
        EventId = 2052,
        Level = LogLevel.Debug,
        Message = "Pushed {PushedCount} of {ItemCount} {Metric} neighbor lists of build {Version}")]
    private partial void LogListsPushed(ItemSimilarityMetric metric, long version, int pushedCount, int itemCount);

    [LoggerMessage(
        EventId = 2053,
        Level = LogLevel.Information,
        Message = "Completed job {JobId}: {Metric} similarity build {Version}, {ItemCount} items, " +
            "{EntryCount} entries, shards on {SiloCount} silos, {ElapsedMs} ms")]
    private partial void LogJobCompleted(
        string jobId,
        ItemSimilarityMetric metric,
        long version,
        int itemCount,
        long entryCount,
        int siloCount,
        long elapsedMs);

    [LoggerMessage(
        EventId = 2054,
        Level = LogLevel.Error,
        Message = "Job {JobId} failed: the {Metric} similarity build {Version} stopped after {ElapsedMs} ms")]
    private partial void LogJobFailed(
        Exception exception,
        string jobId,
        ItemSimilarityMetric metric,
        long version,
        long elapsedMs);

    [LoggerMessage(
        EventId = 2055,
        Level = LogLevel.Information,
        Message = "Started job {JobId}: the evaluation of {ModelCount} models on a {Holdout} holdout")]
    private partial void LogEvaluationStarted(string jobId, int modelCount, HoldoutKind holdout);

    [LoggerMessage(
        EventId = 2056,
        Level = LogLevel.Information,
        Message = "Completed job {JobId}: evaluated {ModelCount} models on {SiloCount} silos in {ElapsedMs} ms")]
    private partial void LogEvaluationFinished(string jobId, int modelCount, int siloCount, long elapsedMs);

    [LoggerMessage(
        EventId = 2057,
        Level = LogLevel.Error,
        Message = "Job {JobId} failed: the evaluation stopped after {ElapsedMs} ms")]
    private partial void LogEvaluationFailed(Exception exception, string jobId, long elapsedMs);

    [LoggerMessage(
        EventId = 2058,
        Level = LogLevel.Information,
        Message = "Resumed {Metric} similarity build {Version} with {DoneCount} of {ShardCount} shards done")]
    private partial void LogJobResumed(ItemSimilarityMetric metric, long version, int doneCount, int shardCount);

    [LoggerMessage(
        EventId = 2059,
        Level = LogLevel.Warning,
        Message = "Could not start shard {ShardIndex} of {Metric} similarity build {Version}; trying again: {Reason}")]
    private partial void LogShardStartFailed(ItemSimilarityMetric metric, long version, int shardIndex, string reason);

    [LoggerMessage(
        EventId = 2060,
        Level = LogLevel.Warning,
        Message = "Started shard {ShardIndex} of {Metric} similarity build {Version} again on silo {Silo}, " +
            "attempt {Attempt}")]
    private partial void LogShardRestarted(
        ItemSimilarityMetric metric,
        long version,
        int shardIndex,
        string silo,
        int attempt);

    [LoggerMessage(
        EventId = 2061,
        Level = LogLevel.Warning,
        Message = "Could not ask silo {Silo} about shard {ShardIndex} of {Metric} similarity build {Version}: " +
            "{Reason}")]
    private partial void LogShardCheckFailed(
        ItemSimilarityMetric metric,
        long version,
        int shardIndex,
        string silo,
        string reason);

    [LoggerMessage(
        EventId = 2062,
        Level = LogLevel.Warning,
        Message = "Shard {ShardIndex} of {Metric} similarity build {Version} was lost with silo {Silo}; " +
            "it will run again")]
    private partial void LogShardLost(ItemSimilarityMetric metric, long version, int shardIndex, string silo);

    [LoggerMessage(
        EventId = 2063,
        Level = LogLevel.Warning,
        Message = "Could not delete the stored shards of {Metric} similarity build {Version}: {Reason}")]
    private partial void LogResultsNotCleared(ItemSimilarityMetric metric, long version, string reason);

    [LoggerMessage(
        EventId = 2064,
        Level = LogLevel.Warning,
        Message = "The evaluation of {Model} was lost with its silo (attempt {Attempt} of {MaxAttempts}); " +
            "running it again: {Reason}")]
    private partial void LogEvaluationRetried(string model, int attempt, int maxAttempts, string reason);

    [LoggerMessage(
        EventId = 2065,
        Level = LogLevel.Information,
        Message = "Refreshed {ItemCount} {Metric} neighbor lists of build {Version} to revision {Revision} for " +
            "{UserCount} changed users in {ElapsedMs} ms")]
    private partial void LogNeighborsRefreshed(
        ItemSimilarityMetric metric,
        long version,
        long revision,
        int itemCount,
        int userCount,
        long elapsedMs);

    [LoggerMessage(
        EventId = 2066,
        Level = LogLevel.Warning,
        Message = "The neighbor refresh of {ItemCount} movies failed and runs again on the next tick: {Reason}")]
    private partial void LogRefreshFailed(int itemCount, string reason);

    [LoggerMessage(
        EventId = 2067,
        Level = LogLevel.Warning,
        Message = "Evaluation {JobId} finished, but its report could not be stored as the latest")]
    private partial void LogLatestEvaluationNotStored(Exception exception, string jobId);

    [LoggerMessage(
        EventId = 2068,
        Level = LogLevel.Warning,
        Message = "Shard {ShardIndex} of {Metric} similarity build {Version} ran on silo {Silo}, which loaded other " +
            "ratings (fingerprint {ShardFingerprint}) than the coordinator's silo ({BuildFingerprint}), as when a silo " +
            "restarts after ratings were posted; POST /api/admin/data/reload fits every silo on the same ratings")]
    private partial void LogShardOnOtherRatings(
        ItemSimilarityMetric metric,
        long version,
        int shardIndex,
        string silo,
        string shardFingerprint,
        string buildFingerprint);
}
