namespace MovieRecs.Analytics.Forecasting;

/// <summary>The forecast of one future week with its prediction interval, in units.</summary>
/// <param name="Week">The Monday that starts the week.</param>
/// <param name="Forecast">The point forecast.</param>
/// <param name="Lower">The interval's lower bound, zero or more.</param>
/// <param name="Upper">The interval's upper bound.</param>
public sealed record ForecastPoint(DateOnly Week, double Forecast, double Lower, double Upper);
