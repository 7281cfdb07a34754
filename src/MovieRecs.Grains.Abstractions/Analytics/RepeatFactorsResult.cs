namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>What drives buying again: the repeat-purchase model's features with their effect sizes.</summary>
/// <param name="Cutoff">The test cutoff where the permutation importance is measured.</param>
/// <param name="HorizonDays">The horizon in days.</param>
/// <param name="Model">The trainer of the model whose permutation importance is measured.</param>
/// <param name="TrainingExamples">The training examples the coefficients are fitted on.</param>
/// <param name="TestCustomers">The customers scored at the test cutoff.</param>
/// <param name="RocAuc">The model's ROC AUC at the test cutoff; null when undefined.</param>
/// <param name="CoefficientRocAuc">
/// The ROC AUC of the ridge logistic regression whose coefficients are reported.
/// </param>
/// <param name="PermutationRepeats">The shuffles per feature.</param>
/// <param name="BootstrapSamples">The customer resamples behind the bootstrap intervals.</param>
/// <param name="Factors">The features in the model's input order.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RepeatFactorsResult")]
public sealed record RepeatFactorsResult(
    [property: Id(0)] DateTimeOffset Cutoff,
    [property: Id(1)] double HorizonDays,
    [property: Id(2)] string Model,
    [property: Id(3)] int TrainingExamples,
    [property: Id(4)] int TestCustomers,
    [property: Id(5)] double? RocAuc,
    [property: Id(6)] double? CoefficientRocAuc,
    [property: Id(7)] int PermutationRepeats,
    [property: Id(8)] int BootstrapSamples,
    [property: Id(9)] IReadOnlyList<RepeatFactorResult> Factors);
