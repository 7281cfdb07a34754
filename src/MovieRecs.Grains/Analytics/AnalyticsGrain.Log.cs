using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

public sealed partial class AnalyticsGrain
{
    [LoggerMessage(
        EventId = 2200,
        Level = LogLevel.Information,
        Message = "Analytics refresh scheduled every {Interval}, first run in {FirstRunDelay}")]
    private partial void LogRefreshScheduled(TimeSpan interval, TimeSpan firstRunDelay);

    [LoggerMessage(
        EventId = 2201,
        Level = LogLevel.Information,
        Message = "Analytics refresh is off; runs start only on request")]
    private partial void LogRefreshOff();

    [LoggerMessage(
        EventId = 2202,
        Level = LogLevel.Information,
        Message = "Analytics run {RunId} started ({Trigger})")]
    private partial void LogRunStarted(string runId, AnalyticsRunTrigger trigger);

    [LoggerMessage(
        EventId = 2203,
        Level = LogLevel.Information,
        Message = "Analytics {Trigger} refresh ignored: run {RunId} is still running")]
    private partial void LogRefreshIgnored(AnalyticsRunTrigger trigger, string runId);

    [LoggerMessage(
        EventId = 2204,
        Level = LogLevel.Debug,
        Message = "Analytics run {RunId} completed step {Step} in {ElapsedMs} ms")]
    private partial void LogStepCompleted(string runId, string step, long elapsedMs);

    [LoggerMessage(
        EventId = 2205,
        Level = LogLevel.Warning,
        Message = "Analytics run {RunId} failed at step {Step} after {ElapsedMs} ms; the other steps go on")]
    private partial void LogStepFailed(Exception exception, string runId, string step, long elapsedMs);

    [LoggerMessage(
        EventId = 2206,
        Level = LogLevel.Warning,
        Message = "Analytics run {RunId} skipped its remaining steps, because step {Step} failed")]
    private partial void LogStepsSkipped(string runId, string step);

    [LoggerMessage(
        EventId = 2207,
        Level = LogLevel.Information,
        Message = "Analytics run {RunId} completed in {ElapsedMs} ms")]
    private partial void LogRunCompleted(string runId, long elapsedMs);

    [LoggerMessage(
        EventId = 2208,
        Level = LogLevel.Warning,
        Message = "Analytics run {RunId} ended with {FailedSteps} failed steps after {ElapsedMs} ms: {Error}")]
    private partial void LogRunFailed(string runId, int failedSteps, long elapsedMs, string error);
}
