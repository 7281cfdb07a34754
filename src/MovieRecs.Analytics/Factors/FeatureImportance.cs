namespace MovieRecs.Analytics.Factors;

/// <summary>
/// The permutation importance of one feature: how much a fitted classifier's held-out ROC AUC falls,
/// and its Brier score rises, when the feature's values are shuffled across the examples.
/// </summary>
/// <param name="Feature">The feature's name.</param>
/// <param name="RocAucDrop">
/// The AUC of the intact data minus the AUC with the feature shuffled, over the seeded repeats. Null
/// when the held-out examples have a single outcome, because the AUC is then undefined.
/// </param>
/// <param name="BrierRise">
/// The Brier score with the feature shuffled minus the intact Brier score, over the repeats.
/// </param>
public sealed record FeatureImportance(string Feature, DistributionSummary? RocAucDrop, DistributionSummary BrierRise);
