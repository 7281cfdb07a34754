namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The backtest and the forecast of one series: every model's accuracy, the chosen model's
/// forecast with prediction intervals, and whether the chosen model beat the naive one here.
/// </summary>
/// <param name="Key">The series' key: "all", a category or a product id.</param>
/// <param name="Name">The series' readable name.</param>
/// <param name="Level">The grouping the series belongs to.</param>
/// <param name="TotalUnits">The units bought in the window.</param>
/// <param name="Models">Each model's backtest accuracy, in the order the models ran.</param>
/// <param name="ChosenModel">The model chosen on the aggregate series, which forecasts every series.</param>
/// <param name="Mase">The chosen model's MASE on this series.</param>
/// <param name="NaiveMase">The naive model's MASE on this series.</param>
/// <param name="BeatsNaive">
/// Whether the chosen model's MASE is below the naive one's here; <see langword="null"/> when either is undefined.
/// </param>
/// <param name="BestModel">The model with the lowest MASE on this series, or <see langword="null"/> when none is defined.</param>
/// <param name="IntervalCoverage">
/// The share of later backtest weeks inside an interval built from earlier origins' errors only
/// (see <see cref="PredictionIntervals.SequentialCoverage"/>), or <see langword="null"/> with too few origins.
/// </param>
/// <param name="Forecast">The chosen model's forecast after the last complete week, with intervals.</param>
/// <param name="History">The weekly units of the window.</param>
public sealed record SeriesForecast(
    string Key,
    string Name,
    DemandLevel Level,
    double TotalUnits,
    IReadOnlyList<ModelAccuracy> Models,
    string ChosenModel,
    double? Mase,
    double? NaiveMase,
    bool? BeatsNaive,
    string? BestModel,
    double? IntervalCoverage,
    IReadOnlyList<ForecastPoint> Forecast,
    IReadOnlyList<WeekValue> History);
