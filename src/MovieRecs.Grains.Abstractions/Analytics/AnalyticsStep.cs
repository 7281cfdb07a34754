namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>One step of an analytics run, with its outcome and run time.</summary>
/// <param name="Name">The step: "purchases", "segments", "demand", "repeat", "factors" or "actions".</param>
/// <param name="State">Whether the step waits, runs, completed or failed.</param>
/// <param name="Seconds">The step's wall-clock time; null until it has ended.</param>
/// <param name="Error">Why the step failed; null unless it failed.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.AnalyticsStep")]
public sealed record AnalyticsStep(
    [property: Id(0)] string Name,
    [property: Id(1)] AnalyticsRunState State,
    [property: Id(2)] double? Seconds,
    [property: Id(3)] string? Error);
