namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The weekly demand forecast of the aggregate series and of each genre, with the rolling-origin
/// backtest that chose the model.
/// </summary>
/// <param name="Computed">The run that computed the forecast.</param>
/// <param name="Horizon">The weeks forecast.</param>
/// <param name="SeasonLength">The season length of the seasonal naive model, in weeks.</param>
/// <param name="IntervalLevel">The coverage the prediction intervals aim at, such as 0.8.</param>
/// <param name="FirstWeek">The Monday of the window's first week.</param>
/// <param name="LastWeek">The Monday of the window's last complete week.</param>
/// <param name="Origins">The Monday of the first forecast week of each backtest origin, oldest first.</param>
/// <param name="ChosenModel">The model with the lowest MASE on the aggregate series.</param>
/// <param name="Mase">The chosen model's MASE on the aggregate series.</param>
/// <param name="NaiveMase">The naive model's MASE on the aggregate series.</param>
/// <param name="BeatsNaive">Whether the chosen model beats the naive forecast on the aggregate series.</param>
/// <param name="Aggregate">The aggregate series.</param>
/// <param name="Genres">One series per genre, the genres with the most units first.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.DemandForecastResult")]
public sealed record DemandForecastResult(
    [property: Id(0)] AnalyticsResultInfo Computed,
    [property: Id(1)] int Horizon,
    [property: Id(2)] int SeasonLength,
    [property: Id(3)] double IntervalLevel,
    [property: Id(4)] DateOnly FirstWeek,
    [property: Id(5)] DateOnly LastWeek,
    [property: Id(6)] IReadOnlyList<DateOnly> Origins,
    [property: Id(7)] string ChosenModel,
    [property: Id(8)] double? Mase,
    [property: Id(9)] double? NaiveMase,
    [property: Id(10)] bool BeatsNaive,
    [property: Id(11)] DemandSeriesResult Aggregate,
    [property: Id(12)] IReadOnlyList<DemandSeriesResult> Genres);
