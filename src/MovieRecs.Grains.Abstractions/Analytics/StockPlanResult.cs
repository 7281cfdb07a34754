namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The per-product stock plan for the period after the last complete week, from the demand model
/// chosen by backtest on the aggregate series.
/// </summary>
/// <param name="Computed">The run that computed the plan.</param>
/// <param name="PeriodStart">The Monday that starts the planned period.</param>
/// <param name="PeriodWeeks">The weeks of the period.</param>
/// <param name="ServiceLevel">The cycle service level aimed at, such as 0.95.</param>
/// <param name="Z">The standard normal quantile of the service level.</param>
/// <param name="ChosenModel">The demand model that forecasts every product.</param>
/// <param name="AggregateMase">That model's MASE on the aggregate series.</param>
/// <param name="NaiveMase">The naive forecast's MASE on the aggregate series.</param>
/// <param name="BacktestServiceLevel">
/// The share of checked backtest periods, over every product, the plan covered.
/// </param>
/// <param name="Lines">The products planned, highest forecast first.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.StockPlanResult")]
public sealed record StockPlanResult(
    [property: Id(0)] AnalyticsResultInfo Computed,
    [property: Id(1)] DateOnly PeriodStart,
    [property: Id(2)] int PeriodWeeks,
    [property: Id(3)] double ServiceLevel,
    [property: Id(4)] double Z,
    [property: Id(5)] string ChosenModel,
    [property: Id(6)] double? AggregateMase,
    [property: Id(7)] double? NaiveMase,
    [property: Id(8)] double? BacktestServiceLevel,
    [property: Id(9)] IReadOnlyList<StockPlanLineResult> Lines);
