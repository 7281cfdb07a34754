namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>One run of every customer analysis over the silo's data set.</summary>
/// <param name="RunId">The run's id, such as "analytics-3f2a9c1b".</param>
/// <param name="Trigger">What started the run.</param>
/// <param name="State">Running, completed, or failed when any step failed.</param>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="FinishedAt">When the run ended; null while it runs.</param>
/// <param name="DurationSeconds">The run's wall-clock time; null while it runs.</param>
/// <param name="Error">The failed steps and their errors, one sentence each; null unless the run failed.</param>
/// <param name="Steps">Every step in run order.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.AnalyticsRun")]
public sealed record AnalyticsRun(
    [property: Id(0)] string RunId,
    [property: Id(1)] AnalyticsRunTrigger Trigger,
    [property: Id(2)] AnalyticsRunState State,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset? FinishedAt,
    [property: Id(5)] double? DurationSeconds,
    [property: Id(6)] string? Error,
    [property: Id(7)] IReadOnlyList<AnalyticsStep> Steps);
