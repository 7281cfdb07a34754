namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>Which run computed a result, and when.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="ComputedAt">When the step that computed the result ended (UTC).</param>
/// <param name="Seconds">The step's wall-clock time.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.AnalyticsResultInfo")]
public sealed record AnalyticsResultInfo(
    [property: Id(0)] string RunId,
    [property: Id(1)] DateTimeOffset ComputedAt,
    [property: Id(2)] double Seconds);
