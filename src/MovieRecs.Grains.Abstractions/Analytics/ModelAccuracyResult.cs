namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// One forecasting model's rolling-origin backtest accuracy on one series. The measures are null
/// when the model was not backtested or the measure is undefined.
/// </summary>
/// <param name="Model">The model: naive, seasonal naive, exponential smoothing or the learned model.</param>
/// <param name="Mae">The mean absolute error in units (ratings per week on MovieLens).</param>
/// <param name="Smape">The symmetric mean absolute percentage error, 0-200 %.</param>
/// <param name="Mase">The mean absolute scaled error; below 1 beats the in-sample one-step naive forecast.</param>
/// <param name="Origins">The backtest origins.</param>
/// <param name="Unavailable">Why the model was not backtested; null when it was.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ModelAccuracyResult")]
public sealed record ModelAccuracyResult(
    [property: Id(0)] string Model,
    [property: Id(1)] double? Mae,
    [property: Id(2)] double? Smape,
    [property: Id(3)] double? Mase,
    [property: Id(4)] int Origins,
    [property: Id(5)] string? Unavailable);
