namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The outcome of a demand forecast: the window, the backtest origins, the model chosen on the
/// aggregate series by backtest MASE, and the forecasts of the aggregate and of each group series.
/// </summary>
/// <param name="Level">The grouping of <see cref="Series"/>.</param>
/// <param name="Horizon">The weeks forecast.</param>
/// <param name="SeasonLength">The season length of the seasonal naive model, in weeks.</param>
/// <param name="IntervalLevel">The coverage the prediction intervals aim at.</param>
/// <param name="FirstWeek">The Monday of the window's first week.</param>
/// <param name="LastWeek">The Monday of the window's last (complete) week.</param>
/// <param name="Weeks">The number of weeks in the window.</param>
/// <param name="Origins">The Monday of the first forecast week of each backtest origin, oldest first.</param>
/// <param name="ChosenModel">The model with the lowest MASE on the aggregate series.</param>
/// <param name="Mase">The chosen model's MASE on the aggregate series.</param>
/// <param name="NaiveMase">The naive model's MASE on the aggregate series.</param>
/// <param name="BeatsNaive">Whether <see cref="Mase"/> is below <see cref="NaiveMase"/>.</param>
/// <param name="Aggregate">The aggregate series' results.</param>
/// <param name="Series">The category or product series' results; empty at the aggregate level.</param>
/// <param name="ElapsedSeconds">The wall-clock time of the backtests and forecasts.</param>
public sealed record DemandForecastReport(
    DemandLevel Level,
    int Horizon,
    int SeasonLength,
    double IntervalLevel,
    DateOnly FirstWeek,
    DateOnly LastWeek,
    int Weeks,
    IReadOnlyList<DateOnly> Origins,
    string ChosenModel,
    double? Mase,
    double? NaiveMase,
    bool BeatsNaive,
    SeriesForecast Aggregate,
    IReadOnlyList<SeriesForecast> Series,
    double ElapsedSeconds);
