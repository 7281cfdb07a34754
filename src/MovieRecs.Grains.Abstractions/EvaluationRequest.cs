namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// What an evaluation run measures: which models, on which split, at which cut-off.
/// </summary>
/// <param name="Models">
/// The model names to evaluate; empty means every model of the catalogue.
/// </param>
/// <param name="Holdout">How the ratings are split.</param>
/// <param name="TestFraction">
/// For a random holdout, the share of ratings in the test set, in (0, 1).
/// </param>
/// <param name="Seed">For a random holdout, the seed of the split.</param>
/// <param name="K">
/// The length of the top-N lists that precision@k and recall@k are measured on.
/// </param>
/// <param name="RelevanceThreshold">
/// The test rating at or above which a movie counts as relevant.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.EvaluationRequest")]
public sealed record EvaluationRequest(
    [property: Id(0)] IReadOnlyList<string> Models,
    [property: Id(1)] HoldoutKind Holdout = HoldoutKind.Temporal,
    [property: Id(2)] double TestFraction = 0.2,
    [property: Id(3)] int Seed = 42,
    [property: Id(4)] int K = 10,
    [property: Id(5)] double RelevanceThreshold = 4.0);
