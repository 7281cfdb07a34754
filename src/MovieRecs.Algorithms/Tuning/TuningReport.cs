namespace MovieRecs.Algorithms.Tuning;

/// <summary>
/// A search on a split's training part and the one score of its best setting on the test part.
/// </summary>
/// <param name="Split">The outer split's name.</param>
/// <param name="TrainRatings">The outer training ratings: the search's input and the refit's data.</param>
/// <param name="TestRatings">The outer test ratings, used only by the final score.</param>
/// <param name="Search">The search, which saw the training ratings only.</param>
/// <param name="Test">
/// The best setting refitted on all training ratings and scored once on the test part. It reports
/// on that setting and is never an input to choosing it.
/// </param>
public sealed record TuningReport(
    string Split,
    int TrainRatings,
    int TestRatings,
    TuningResult Search,
    TrialMetrics Test);
