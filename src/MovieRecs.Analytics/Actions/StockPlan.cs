namespace MovieRecs.Analytics.Actions;

/// <summary>
/// A per-product stock plan for the period after the last complete week, from the demand model
/// chosen by backtest on the aggregate series.
/// </summary>
/// <param name="PeriodStart">The Monday that starts the planned period.</param>
/// <param name="PeriodWeeks">The weeks of the period.</param>
/// <param name="ServiceLevel">The cycle service level aimed at.</param>
/// <param name="Z">
/// The standard normal quantile of the service level, which multiplies the error's standard
/// deviation.
/// </param>
/// <param name="BiasCorrected">Whether each forecast includes its product's mean backtest period error.</param>
/// <param name="ChosenModel">The demand model with the lowest aggregate MASE, which forecasts every product.</param>
/// <param name="AggregateMase">That model's MASE on the aggregate series.</param>
/// <param name="NaiveMase">The naive forecast's MASE on the aggregate series.</param>
/// <param name="Origins">The backtest origins.</param>
/// <param name="BacktestServiceLevel">
/// The share of all checked backtest periods, over every product, whose demand the plan covered;
/// null when no product has enough origins to check.
/// </param>
/// <param name="BacktestChecks">The number of backtest periods behind <paramref name="BacktestServiceLevel"/>.</param>
/// <param name="MinimumCheckOrigins">The earlier origins a checked backtest period needs.</param>
/// <param name="Lines">The products planned, highest forecast first.</param>
/// <param name="UnplannedStock">
/// The products with a given current stock that the plan leaves out, because they are not among the
/// top products by units, or have no purchase in the window.
/// </param>
/// <param name="ElapsedSeconds">The wall-clock time of the backtests and forecasts.</param>
public sealed record StockPlan(
    DateOnly PeriodStart,
    int PeriodWeeks,
    double ServiceLevel,
    double Z,
    bool BiasCorrected,
    string ChosenModel,
    double? AggregateMase,
    double? NaiveMase,
    int Origins,
    double? BacktestServiceLevel,
    int BacktestChecks,
    int MinimumCheckOrigins,
    IReadOnlyList<StockPlanLine> Lines,
    IReadOnlyList<string> UnplannedStock,
    double ElapsedSeconds);
