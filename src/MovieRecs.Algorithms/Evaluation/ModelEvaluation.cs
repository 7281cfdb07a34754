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
/// <param name="NdcgAtK">Mean nDCG@k over the ranked users.</param>
/// <param name="MapAtK">Mean AP@k over the ranked users.</param>
/// <param name="Mrr">Mean reciprocal rank of the first relevant movie within the longest list scored.</param>
/// <param name="HitRateAtK">The share of ranked users with a relevant movie in their first k.</param>
/// <param name="CatalogCoverage">The share of catalogue movies that appear in at least one ranked user's first k.</param>
/// <param name="Novelty">Mean self-information -log2((raters + 1) / (users + 1)) of the recommended movies, in bits.</param>
/// <param name="IntraListDiversity">Mean over lists of the mean pairwise genre cosine distance within a first-k list.</param>
/// <param name="PopularShare">The share of first-k recommendations that come from the 1% most rated training movies.</param>
/// <param name="Curve">The ranking metrics at every k from 1 to the longest list scored.</param>
/// <param name="Intervals">95% bootstrap intervals over users of RMSE, Precision@k, Recall@k and nDCG@k.</param>
/// <param name="ByUserActivity">The metrics per bucket of users' training rating counts.</param>
/// <param name="ByMoviePopularity">The metrics per bucket of movies' training rating counts.</param>
/// <param name="PerUser">Each test user's scores, in user id order.</param>
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
    int RankedUsers,
    double NdcgAtK,
    double MapAtK,
    double Mrr,
    double HitRateAtK,
    double CatalogCoverage,
    double Novelty,
    double IntraListDiversity,
    double PopularShare,
    IReadOnlyList<RankingCurvePoint> Curve,
    IReadOnlyDictionary<string, ConfidenceInterval?> Intervals,
    IReadOnlyList<BucketMetrics> ByUserActivity,
    IReadOnlyList<BucketMetrics> ByMoviePopularity,
    IReadOnlyList<UserMetrics> PerUser);
