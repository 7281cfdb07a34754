using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Evaluation;

/// <summary>A partition of ratings into a training part and a test part.</summary>
/// <param name="Name">How the split was made, for reports (for example "temporal-holdout").</param>
/// <param name="Train">The ratings a model is fitted on.</param>
/// <param name="Test">The held-out ratings it is scored against.</param>
public sealed record TrainTestSplit(string Name, IReadOnlyList<Rating> Train, IReadOnlyList<Rating> Test);
