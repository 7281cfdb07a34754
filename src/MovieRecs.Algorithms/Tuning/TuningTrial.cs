namespace MovieRecs.Algorithms.Tuning;

/// <summary>One setting a search tried and how it scored on the validation split.</summary>
/// <param name="Number">The trial's position in the search, from 1.</param>
/// <param name="Parameters">The values set, by parameter name; the others keep the model's defaults.</param>
/// <param name="Objective">The validation value of the search metric; null when undefined or the fit failed.</param>
/// <param name="Metrics">All validation scores; null when the fit failed.</param>
/// <param name="Error">Why the fit failed, such as diverging SGD; null on success.</param>
public sealed record TuningTrial(
    int Number,
    IReadOnlyDictionary<string, double> Parameters,
    double? Objective,
    TrialMetrics? Metrics,
    string? Error);
