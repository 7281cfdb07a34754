namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The scalar accuracy, ranking and beyond-accuracy metrics of one model on one split, and the silo
/// that computed them. The library's curves, intervals, buckets and per-user scores stay on the
/// worker.
/// </summary>
/// <param name="Model">The model name.</param>
/// <param name="Split">The split name, such as "temporal-holdout".</param>
/// <param name="Rmse">
/// The root mean squared error over the test ratings the model predicted; null when it predicted
/// none.
/// </param>
/// <param name="Mae">
/// The mean absolute error over the same ratings; null when it predicted none.
/// </param>
/// <param name="Coverage">The share of test ratings the model predicted, in [0, 1].</param>
/// <param name="PrecisionAtK">
/// The mean precision@k over the users with a relevant test movie.
/// </param>
/// <param name="RecallAtK">The mean recall@k over the same users.</param>
/// <param name="K">The length k of the top-N lists.</param>
/// <param name="FitSeconds">The wall time of the fit on the training part.</param>
/// <param name="EvaluateSeconds">The wall time of the predictions and top-N lists.</param>
/// <param name="TestRatings">The number of test ratings.</param>
/// <param name="PredictedRatings">The number of test ratings the model predicted.</param>
/// <param name="RankedUsers">The number of users the ranking metrics average over.</param>
/// <param name="Silo">The address of the silo that ran the evaluation.</param>
/// <param name="NdcgAtK">The mean nDCG@k over the ranked users.</param>
/// <param name="MapAtK">The mean AP@k over the ranked users.</param>
/// <param name="Mrr">The mean reciprocal rank of the first relevant movie.</param>
/// <param name="HitRateAtK">
/// The share of ranked users with a relevant movie in their first k.
/// </param>
/// <param name="CatalogCoverage">
/// The share of catalogue movies in at least one ranked user's first k.
/// </param>
/// <param name="Novelty">The mean self-information of the recommended movies, in bits.</param>
/// <param name="IntraListDiversity">
/// The mean pairwise genre cosine distance within a first-k list.
/// </param>
/// <param name="PopularShare">
/// The share of first-k recommendations from the 1% most rated training movies.
/// </param>
/// <param name="Curve">
/// The ranking metrics at every k from 1 to max(20, k). Results stored before this field existed
/// have none (null).
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ModelEvaluationResult")]
public sealed record ModelEvaluationResult(
    [property: Id(0)] string Model,
    [property: Id(1)] string Split,
    [property: Id(2)] double? Rmse,
    [property: Id(3)] double? Mae,
    [property: Id(4)] double Coverage,
    [property: Id(5)] double PrecisionAtK,
    [property: Id(6)] double RecallAtK,
    [property: Id(7)] int K,
    [property: Id(8)] double FitSeconds,
    [property: Id(9)] double EvaluateSeconds,
    [property: Id(10)] int TestRatings,
    [property: Id(11)] int PredictedRatings,
    [property: Id(12)] int RankedUsers,
    [property: Id(13)] string Silo,
    [property: Id(14)] double NdcgAtK,
    [property: Id(15)] double MapAtK,
    [property: Id(16)] double Mrr,
    [property: Id(17)] double HitRateAtK,
    [property: Id(18)] double CatalogCoverage,
    [property: Id(19)] double Novelty,
    [property: Id(20)] double IntraListDiversity,
    [property: Id(21)] double PopularShare,
    [property: Id(22)] IReadOnlyList<RankingCurvePointResult>? Curve = null);
