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
}
