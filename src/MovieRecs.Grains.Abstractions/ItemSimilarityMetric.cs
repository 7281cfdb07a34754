using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions;

/// <summary>The similarity function of an item-item neighbor graph that item grains hold.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<ItemSimilarityMetric>))]
[Alias("MovieRecs.ItemSimilarityMetric")]
public enum ItemSimilarityMetric
{
    /// <summary>Cosine of the raw rating vectors; serves the "item-knn" model.</summary>
    [JsonStringEnumMemberName("cosine")]
    Cosine,

    /// <summary>
    /// Pearson correlation over co-rated entries; serves the "item-knn-pearson" model.
    /// </summary>
    [JsonStringEnumMemberName("pearson")]
    Pearson,
}
