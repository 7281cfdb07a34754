namespace MovieRecs.Algorithms.Evaluation;

/// <summary>One test user's scores, the unit the bootstrap intervals and paired tests resample.</summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="TrainRatings">The user's number of training ratings.</param>
/// <param name="TestRatings">The user's number of test ratings.</param>
/// <param name="PredictedRatings">How many of those the model predicted.</param>
/// <param name="SquaredError">The sum of squared errors over the predicted test ratings.</param>
/// <param name="AbsoluteError">The sum of absolute errors over the predicted test ratings.</param>
/// <param name="RelevantMovies">The user's number of relevant test movies; the ranking fields are null when it is 0.</param>
/// <param name="PrecisionAtK">Precision@k, or null without a relevant movie.</param>
/// <param name="RecallAtK">Recall@k, or null without a relevant movie.</param>
/// <param name="NdcgAtK">nDCG@k, or null without a relevant movie.</param>
public sealed record UserMetrics(
    int UserId,
    int TrainRatings,
    int TestRatings,
    int PredictedRatings,
    double SquaredError,
    double AbsoluteError,
    int RelevantMovies,
    double? PrecisionAtK,
    double? RecallAtK,
    double? NdcgAtK);
