namespace MovieRecs.Grains.Abstractions;

/// <summary>The similarity function of an item-item neighbor graph that item grains hold.</summary>
[GenerateSerializer]
[Alias("MovieRecs.ItemSimilarityMetric")]
public enum ItemSimilarityMetric
{
    /// <summary>Cosine of the raw rating vectors; serves the "item-knn" model.</summary>
    Cosine,

    /// <summary>
    /// Pearson correlation over co-rated entries; serves the "item-knn-pearson" model.
    /// </summary>
    Pearson,
}
