namespace MovieRecs.Analytics.Actions;

/// <summary>
/// The stock plan of one product for the next period: the forecast demand, the safety stock that
/// covers the forecast error at the service level, and what to order.
/// </summary>
/// <param name="ProductId">The product.</param>
/// <param name="Name">The product's name.</param>
/// <param name="ForecastUnits">
/// The forecast units over the period: the sum of the weekly forecasts, plus the mean period error
/// when the plan corrects bias.
/// </param>
/// <param name="ErrorMean">
/// The mean period error (actual − forecast, units) over the backtest origins; above 0 the model
/// forecast too low.
/// </param>
/// <param name="ErrorStandardDeviation">
/// The sample standard deviation of the period errors over the backtest origins, in units; null
/// with fewer than two origins.
/// </param>
/// <param name="SafetyStock">
/// z(service level) × <paramref name="ErrorStandardDeviation"/>, in units; 0 without one.
/// </param>
/// <param name="TargetStock">The stock to hold: forecast plus safety stock, rounded up to whole units.</param>
/// <param name="OnHand">The current stock where given, else null.</param>
/// <param name="OrderQuantity">max(0, target − on hand) where the current stock is given, else null.</param>
/// <param name="BacktestOrigins">The backtest origins behind the errors.</param>
/// <param name="BacktestServiceLevel">
/// The share of backtest periods whose demand the plan would have covered, each with a safety stock
/// from the earlier origins' errors only. Null with too few origins.
/// </param>
public sealed record StockPlanLine(
    string ProductId,
    string Name,
    double ForecastUnits,
    double ErrorMean,
    double? ErrorStandardDeviation,
    double SafetyStock,
    double TargetStock,
    double? OnHand,
    double? OrderQuantity,
    int BacktestOrigins,
    double? BacktestServiceLevel);
