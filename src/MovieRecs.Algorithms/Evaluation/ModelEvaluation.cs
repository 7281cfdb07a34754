namespace MovieRecs.Algorithms.Evaluation;

/// <summary>The scores of one model on one split.</summary>
/// <param name="Model">The model name.</param>
/// <param name="Split">The split name.</param>
/// <param name="Rmse">Root mean squared error over the test ratings the model predicted; null when it predicted none.</param>
/// <param name="Mae">Mean absolute error over the same ratings; null when it predicted none.</param>
/// <param name="Coverage">The share of test ratings the model predicted, in [0, 1].</param>
/// <param name="PrecisionAtK">Mean Precision@k over the users with a relevant test movie.</param>
/// <param name="RecallAtK">Mean Recall@k over the same users.</param>
/// <param name="K">The list length k.</param>
/// <param name="FitSeconds">Wall time of the fit.</param>
/// <param name="EvaluateSeconds">Wall time of the predictions and top-N lists.</param>
/// <param name="TestRatings">The number of test ratings.</param>
/// <param name="PredictedRatings">The number of test ratings the model predicted.</param>
/// <param name="RankedUsers">The number of users with a relevant test movie, over which the ranking metrics average.</param>
public sealed record ModelEvaluation(
    string Model,
    string Split,
    double? Rmse,
    double? Mae,
    double Coverage,
    double PrecisionAtK,
    double RecallAtK,
    int K,
    double FitSeconds,
    double EvaluateSeconds,
    int TestRatings,
    int PredictedRatings,
    int RankedUsers);
