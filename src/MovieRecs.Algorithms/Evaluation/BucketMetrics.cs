namespace MovieRecs.Algorithms.Evaluation;

/// <summary>
/// The metrics of one slice of the test data: the users of one activity bucket, or the test
/// ratings of the movies in one popularity bucket.
/// </summary>
/// <param name="Bucket">The bucket label, for example "10-49" training ratings.</param>
/// <param name="Users">The users in the slice (for a movie bucket: users with a test rating of such a movie).</param>
/// <param name="TestRatings">The test ratings in the slice.</param>
/// <param name="Rmse">RMSE over the slice's predicted test ratings; null when none was predicted.</param>
/// <param name="Mae">MAE over the same ratings; null when none was predicted.</param>
/// <param name="Coverage">The share of the slice's test ratings the model predicted.</param>
/// <param name="PrecisionAtK">Mean Precision@k of the slice's users; null for movie buckets and for slices without a ranked user.</param>
/// <param name="RecallAtK">
/// For user buckets, mean Recall@k. For movie buckets, the share of the slice's relevant test
/// ratings whose movie was in the user's first k. Null when the slice has no relevant movie.
/// </param>
/// <param name="NdcgAtK">Mean nDCG@k of the slice's users; null for movie buckets and for slices without a ranked user.</param>
/// <param name="RecommendedShare">The share of all first-k recommendations that fall in the slice (movie buckets) or go to its users.</param>
public sealed record BucketMetrics(
    string Bucket,
    int Users,
    int TestRatings,
    double? Rmse,
    double? Mae,
    double Coverage,
    double? PrecisionAtK,
    double? RecallAtK,
    double? NdcgAtK,
    double RecommendedShare);
