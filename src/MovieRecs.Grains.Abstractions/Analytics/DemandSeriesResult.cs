namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The backtest and the forecast of one weekly demand series: the aggregate or one genre.
/// </summary>
/// <param name="Key">The series' key: "all" for the aggregate, else the genre.</param>
/// <param name="Name">The series' readable name.</param>
/// <param name="TotalUnits">The units bought in the window.</param>
/// <param name="Models">Every model's backtest accuracy on this series.</param>
/// <param name="ChosenModel">The model chosen on the aggregate series, which forecasts every series.</param>
/// <param name="Mase">The chosen model's MASE on this series; null when undefined.</param>
/// <param name="NaiveMase">The naive model's MASE on this series; null when undefined.</param>
/// <param name="BeatsNaive">
/// Whether the chosen model's MASE is below the naive one's here; null when either is undefined.
/// </param>
/// <param name="BestModel">The model with the lowest MASE on this series; null when none is defined.</param>
/// <param name="IntervalCoverage">
/// The share of later backtest weeks inside intervals built from earlier origins; null with too few
/// origins.
/// </param>
/// <param name="Forecast">The chosen model's forecast after the last complete week, with intervals.</param>
/// <param name="History">The weekly units of the window.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.DemandSeriesResult")]
public sealed record DemandSeriesResult(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] double TotalUnits,
    [property: Id(3)] IReadOnlyList<ModelAccuracyResult> Models,
    [property: Id(4)] string ChosenModel,
    [property: Id(5)] double? Mase,
    [property: Id(6)] double? NaiveMase,
    [property: Id(7)] bool? BeatsNaive,
    [property: Id(8)] string? BestModel,
    [property: Id(9)] double? IntervalCoverage,
    [property: Id(10)] IReadOnlyList<ForecastPointResult> Forecast,
    [property: Id(11)] IReadOnlyList<WeekValueResult> History);
