namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// One feature of the repeat-purchase model with its effect size and uncertainty.
/// </summary>
/// <param name="Feature">The feature, as in the repeat-purchase model's inputs.</param>
/// <param name="Coefficient">
/// The ridge logistic regression's log-odds change per standard deviation; null when the feature
/// does not vary.
/// </param>
/// <param name="StandardError">The Wald standard error of the coefficient.</param>
/// <param name="WaldLow">The lower bound of the 95% Wald interval.</param>
/// <param name="WaldHigh">The upper bound of the 95% Wald interval.</param>
/// <param name="BootstrapLow">The 2.5th percentile over customer resamples; null without bootstrap.</param>
/// <param name="BootstrapHigh">The 97.5th percentile over customer resamples; null without bootstrap.</param>
/// <param name="OddsRatio">e^coefficient: the factor on the odds of buying again per standard deviation.</param>
/// <param name="RocAucDrop">The held-out ROC AUC lost when the feature is shuffled; null when undefined.</param>
/// <param name="BrierRise">The held-out Brier score gained when the feature is shuffled; null when undefined.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RepeatFactorResult")]
public sealed record RepeatFactorResult(
    [property: Id(0)] string Feature,
    [property: Id(1)] double? Coefficient,
    [property: Id(2)] double? StandardError,
    [property: Id(3)] double? WaldLow,
    [property: Id(4)] double? WaldHigh,
    [property: Id(5)] double? BootstrapLow,
    [property: Id(6)] double? BootstrapHigh,
    [property: Id(7)] double? OddsRatio,
    [property: Id(8)] SpreadResult? RocAucDrop,
    [property: Id(9)] SpreadResult? BrierRise);
