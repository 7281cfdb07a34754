namespace MovieRecs.Algorithms.Similarity;

/// <summary>The similarity functions the neighborhood models can use.</summary>
public enum SimilarityMetric
{
    /// <summary>Cosine of the raw rating vectors, with full norms.</summary>
    Cosine,

    /// <summary>Pearson correlation over the co-rated entries.</summary>
    Pearson,

    /// <summary>
    /// Item-item only: cosine over the co-rating users of the ratings minus each user's mean
    /// (Sarwar et al., WWW 2001).
    /// </summary>
    AdjustedCosine,

    /// <summary>
    /// Item-item only: cosine over the co-rating users of the ratings minus their baseline
    /// mu + b(u) + b(i), the "pearson_baseline" of Koren, "Factor in the neighbors" (TKDD 2010).
    /// </summary>
    PearsonBaseline,
}
