using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// What drives buying again: the repeat-purchase model's features with their coefficients and
/// permutation importance, and how well the model does at the test cutoff.
/// </summary>
/// <param name="Cutoff">The test cutoff; the permutation importance is measured on its customers.</param>
/// <param name="HorizonDays">The horizon in days.</param>
/// <param name="Model">The trainer of the model whose permutation importance is measured.</param>
/// <param name="MaxRecencyDays">The maximum recency of a trained or tested customer, or null for all.</param>
/// <param name="TrainingExamples">
/// The training examples (customer and cutoff pairs) the coefficients are fitted on.
/// </param>
/// <param name="TrainingCustomers">The distinct customers among them, which the bootstrap resamples.</param>
/// <param name="TrainingPositiveRate">The share of training examples that bought again.</param>
/// <param name="TestCustomers">The customers scored at the test cutoff.</param>
/// <param name="TestPositives">
/// How many of them bought again, or null when the log ends before the horizon does.
/// </param>
/// <param name="RocAuc">The model's ROC AUC at the test cutoff, or null when undefined.</param>
/// <param name="Brier">The model's Brier score at the test cutoff, or null when the outcomes are unknown.</param>
/// <param name="CoefficientRocAuc">
/// The ROC AUC of the ridge logistic regression whose coefficients are reported, at the same cutoff,
/// or null when undefined; close to <paramref name="RocAuc"/> when both models see the same signal.
/// </param>
/// <param name="PermutationRepeats">The shuffles per feature.</param>
/// <param name="BootstrapSamples">The customer resamples behind the bootstrap intervals.</param>
/// <param name="Ridge">The ridge penalty of the coefficient fit.</param>
/// <param name="Converged">Whether the coefficient fit converged.</param>
/// <param name="Factors">The features, in the model's input order.</param>
public sealed record RepeatFactorReport(
    DateTimeOffset Cutoff,
    double HorizonDays,
    RepeatPurchaseModelKind Model,
    double? MaxRecencyDays,
    int TrainingExamples,
    int TrainingCustomers,
    double TrainingPositiveRate,
    int TestCustomers,
    int? TestPositives,
    double? RocAuc,
    double? Brier,
    double? CoefficientRocAuc,
    int PermutationRepeats,
    int BootstrapSamples,
    double Ridge,
    bool Converged,
    IReadOnlyList<RepeatFactor> Factors);
