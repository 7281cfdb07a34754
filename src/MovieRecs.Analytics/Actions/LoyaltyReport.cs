using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Actions;

/// <summary>The customers at risk at the end of the log, sorted by expected value lost.</summary>
/// <param name="Cutoff">The moment scored: midnight (UTC) after the last purchase day.</param>
/// <param name="HorizonDays">The horizon of the repeat probability.</param>
/// <param name="Model">The repeat model's trainer.</param>
/// <param name="MaxRecencyDays">The maximum recency of a scored customer, or null for all.</param>
/// <param name="ProbabilityThreshold">The probability below which a customer is at risk.</param>
/// <param name="ValueQuantile">The quantile of monetary value a customer at risk reaches.</param>
/// <param name="MonetaryThreshold">That quantile's value over the scored customers.</param>
/// <param name="ValueWindowDays">The days of the window behind the recent value.</param>
/// <param name="ScoredCustomers">The customers the repeat model scored.</param>
/// <param name="AtRisk">The customers at risk, highest expected value lost first.</param>
/// <param name="ElapsedSeconds">The wall-clock time of scoring and listing.</param>
public sealed record LoyaltyReport(
    DateTimeOffset Cutoff,
    double HorizonDays,
    RepeatPurchaseModelKind Model,
    double? MaxRecencyDays,
    double ProbabilityThreshold,
    double ValueQuantile,
    double MonetaryThreshold,
    double ValueWindowDays,
    int ScoredCustomers,
    IReadOnlyList<AtRiskCustomer> AtRisk,
    double ElapsedSeconds);
