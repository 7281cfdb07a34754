namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// A statistic over seeded repeats: its mean, sample standard deviation and 2.5th and 97.5th
/// percentiles.
/// </summary>
/// <param name="Mean">The mean over the repeats.</param>
/// <param name="StandardDeviation">The sample standard deviation, 0 for a single repeat.</param>
/// <param name="Low">The 2.5th percentile.</param>
/// <param name="High">The 97.5th percentile.</param>
/// <param name="Count">The repeats that gave a defined value.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SpreadResult")]
public sealed record SpreadResult(
    [property: Id(0)] double Mean,
    [property: Id(1)] double StandardDeviation,
    [property: Id(2)] double Low,
    [property: Id(3)] double High,
    [property: Id(4)] int Count);
