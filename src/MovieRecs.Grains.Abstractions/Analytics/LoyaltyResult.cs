namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The customers at risk at the end of the data, highest expected value lost first.</summary>
/// <param name="Computed">The run that computed the list.</param>
/// <param name="Cutoff">The moment scored: midnight (UTC) after the last purchase day.</param>
/// <param name="HorizonDays">The horizon of the repeat probability.</param>
/// <param name="MaxRecencyDays">The maximum recency of a scored customer; null for all.</param>
/// <param name="ProbabilityThreshold">The probability below which a customer is at risk.</param>
/// <param name="ValueQuantile">The quantile of monetary value a customer at risk reaches.</param>
/// <param name="MonetaryThreshold">That quantile's value over the scored customers.</param>
/// <param name="ValueWindowDays">The days of the window behind the recent value.</param>
/// <param name="ScoredCustomers">The customers the repeat model scored.</param>
/// <param name="AtRisk">The customers at risk, highest expected value lost first.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.LoyaltyResult")]
public sealed record LoyaltyResult(
    [property: Id(0)] AnalyticsResultInfo Computed,
    [property: Id(1)] DateTimeOffset Cutoff,
    [property: Id(2)] double HorizonDays,
    [property: Id(3)] double? MaxRecencyDays,
    [property: Id(4)] double ProbabilityThreshold,
    [property: Id(5)] double ValueQuantile,
    [property: Id(6)] double MonetaryThreshold,
    [property: Id(7)] double ValueWindowDays,
    [property: Id(8)] int ScoredCustomers,
    [property: Id(9)] IReadOnlyList<AtRiskCustomerResult> AtRisk);
