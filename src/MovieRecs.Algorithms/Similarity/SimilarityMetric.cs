namespace MovieRecs.Algorithms.Similarity;

/// <summary>The similarity functions the neighborhood models can use.</summary>
public enum SimilarityMetric
{
    /// <summary>Cosine of the raw rating vectors, with full norms.</summary>
    Cosine,

    /// <summary>Pearson correlation over the co-rated entries.</summary>
    Pearson,
}
