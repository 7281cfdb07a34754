namespace MovieRecs.Charts;

/// <summary>
/// One weekly demand series for the forecast chart: its history and the forecast with its
/// prediction interval.
/// </summary>
/// <param name="Name">The series' name, such as "All purchases" or a genre.</param>
/// <param name="Model">The model that made the forecast.</param>
/// <param name="IntervalLevel">The coverage the interval aims at, inside (0, 1).</param>
/// <param name="History">The observed weeks: each Monday with its units.</param>
/// <param name="Forecast">The forecast weeks: each Monday with the forecast and the interval's bounds.</param>
public sealed record DemandChartSeries(
    string Name,
    string Model,
    double IntervalLevel,
    IReadOnlyList<(DateOnly Week, double Units)> History,
    IReadOnlyList<(DateOnly Week, double Forecast, double Lower, double Upper)> Forecast);
