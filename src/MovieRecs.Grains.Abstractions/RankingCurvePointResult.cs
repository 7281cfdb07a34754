namespace MovieRecs.Grains.Abstractions;

/// <summary>The mean ranking metrics of one model at one list length k.</summary>
/// <param name="K">The list length k.</param>
/// <param name="Precision">The mean precision@k over the ranked users.</param>
/// <param name="Recall">The mean recall@k over the same users.</param>
/// <param name="Ndcg">The mean nDCG@k over the same users.</param>
/// <param name="Map">The mean AP@k (MAP@k) over the same users.</param>
/// <param name="HitRate">The share of ranked users with a relevant movie in their first k.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RankingCurvePointResult")]
public sealed record RankingCurvePointResult(
    [property: Id(0)] int K,
    [property: Id(1)] double Precision,
    [property: Id(2)] double Recall,
    [property: Id(3)] double Ndcg,
    [property: Id(4)] double Map,
    [property: Id(5)] double HitRate);
