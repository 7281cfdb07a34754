namespace MovieRecs.Analytics.Factors;

/// <summary>
/// One feature of the repeat-purchase model with its effect size and uncertainty: the logistic
/// coefficient per standard deviation with Wald and bootstrap intervals, and its permutation importance.
/// </summary>
/// <param name="Feature">The feature, as in the repeat-purchase model's inputs.</param>
/// <param name="Coefficient">
/// The log-odds change per training standard deviation of the feature in the ridge logistic
/// regression, with the other features held fixed. Null when the feature does not vary in training.
/// </param>
/// <param name="StandardError">The Wald standard error from the inverse Fisher information.</param>
/// <param name="WaldLow">The lower bound of the 95% Wald interval, coefficient − 1.96 · standard error.</param>
/// <param name="WaldHigh">The upper bound of the 95% Wald interval.</param>
/// <param name="BootstrapLow">
/// The 2.5th percentile of the coefficient over resamples of whole customers (all their training
/// cutoffs together); null without bootstrap.
/// </param>
/// <param name="BootstrapHigh">The 97.5th percentile over those resamples.</param>
/// <param name="OddsRatio">e^coefficient: the factor on the odds of buying again per standard deviation.</param>
/// <param name="ModelWeight">
/// The weight of the feature in the fitted repeat model (ML.NET's L1/L2-regularised logistic regression),
/// for comparison; null for FastTree.
/// </param>
/// <param name="RocAucDrop">
/// The held-out ROC AUC lost when the feature is shuffled; null when the test outcomes are not
/// known.
/// </param>
/// <param name="BrierRise">
/// The held-out Brier score gained when the feature is shuffled; null when the test outcomes are
/// not known.
/// </param>
public sealed record RepeatFactor(
    string Feature,
    double? Coefficient,
    double? StandardError,
    double? WaldLow,
    double? WaldHigh,
    double? BootstrapLow,
    double? BootstrapHigh,
    double? OddsRatio,
    double? ModelWeight,
    DistributionSummary? RocAucDrop,
    DistributionSummary? BrierRise);
