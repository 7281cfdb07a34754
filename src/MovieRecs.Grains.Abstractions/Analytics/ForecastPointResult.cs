namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The forecast of one future week with its prediction interval, in units.</summary>
/// <param name="Week">The Monday that starts the week.</param>
/// <param name="Forecast">The point forecast.</param>
/// <param name="Lower">The interval's lower bound, 0 or more.</param>
/// <param name="Upper">The interval's upper bound.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ForecastPointResult")]
public sealed record ForecastPointResult(
    [property: Id(0)] DateOnly Week,
    [property: Id(1)] double Forecast,
    [property: Id(2)] double Lower,
    [property: Id(3)] double Upper);
