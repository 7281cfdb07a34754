namespace MovieRecs.Algorithms.Tuning;

/// <summary>A finished search: every trial on the validation split and the best of them.</summary>
/// <param name="Model">The catalogue model searched.</param>
/// <param name="Search">Grid or random.</param>
/// <param name="Metric">The validation metric optimized.</param>
/// <param name="Seed">The seed of the random search; grid search does not use it.</param>
/// <param name="ValidationSplit">How the validation split was carved out of the training ratings.</param>
/// <param name="ValidationTrainRatings">The ratings each trial was fitted on.</param>
/// <param name="ValidationRatings">The held-out training ratings each trial was scored on.</param>
/// <param name="Space">The resolved search space.</param>
/// <param name="Trials">Every trial, in the order run.</param>
/// <param name="Best">
/// The trial with the best defined objective; of equal ones, the first. Null when no trial has one.
/// </param>
/// <param name="Seconds">Wall time of the whole search.</param>
public sealed record TuningResult(
    string Model,
    SearchStrategy Search,
    TuningMetric Metric,
    int Seed,
    string ValidationSplit,
    int ValidationTrainRatings,
    int ValidationRatings,
    IReadOnlyList<SearchDimension> Space,
    IReadOnlyList<TuningTrial> Trials,
    TuningTrial? Best,
    double Seconds);
