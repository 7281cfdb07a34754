namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// One product's stock plan for the next period: the forecast demand, the safety stock that covers
/// the forecast error at the service level, and the stock to hold.
/// </summary>
/// <param name="ProductId">The product (movie id on MovieLens).</param>
/// <param name="Name">The product's name.</param>
/// <param name="ForecastUnits">The forecast units over the period.</param>
/// <param name="ErrorMean">
/// The mean backtest period error (actual − forecast); above 0 the model forecast too low.
/// </param>
/// <param name="ErrorStandardDeviation">
/// The sample standard deviation of the period errors; null with fewer than two origins.
/// </param>
/// <param name="SafetyStock">z(service level) × the error's standard deviation, in units.</param>
/// <param name="TargetStock">Forecast plus safety stock, rounded up to whole units.</param>
/// <param name="BacktestOrigins">The backtest origins behind the errors.</param>
/// <param name="BacktestServiceLevel">
/// The share of backtest periods the plan would have covered; null with too few origins.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.StockPlanLineResult")]
public sealed record StockPlanLineResult(
    [property: Id(0)] string ProductId,
    [property: Id(1)] string Name,
    [property: Id(2)] double ForecastUnits,
    [property: Id(3)] double ErrorMean,
    [property: Id(4)] double? ErrorStandardDeviation,
    [property: Id(5)] double SafetyStock,
    [property: Id(6)] double TargetStock,
    [property: Id(7)] int BacktestOrigins,
    [property: Id(8)] double? BacktestServiceLevel);
