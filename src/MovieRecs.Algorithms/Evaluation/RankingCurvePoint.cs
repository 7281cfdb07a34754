namespace MovieRecs.Algorithms.Evaluation;

/// <summary>The mean ranking metrics of one model at one list length k.</summary>
/// <param name="K">The list length.</param>
/// <param name="Precision">Mean Precision@k.</param>
/// <param name="Recall">Mean Recall@k.</param>
/// <param name="Ndcg">Mean nDCG@k.</param>
/// <param name="Map">Mean AP@k (MAP@k).</param>
/// <param name="HitRate">The share of users with at least one relevant movie in their first k.</param>
public sealed record RankingCurvePoint(int K, double Precision, double Recall, double Ndcg, double Map, double HitRate);
