namespace MovieRecs.Grains.Abstractions;

/// <summary>The names of the similarity metrics in the HTTP API: "cosine" and "pearson".</summary>
public static class SimilarityMetricNames
{
    /// <summary>Every metric name, cosine first.</summary>
    public static IReadOnlyList<string> All { get; } = ["cosine", "pearson"];

    /// <summary>Returns the lower-case name of a metric.</summary>
    public static string ToName(ItemSimilarityMetric metric) =>
        metric == ItemSimilarityMetric.Cosine ? "cosine" : "pearson";

    /// <summary>Parses a metric name, ignoring case and surrounding white space.</summary>
    public static bool TryParse(string? name, out ItemSimilarityMetric metric)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "COSINE":
                metric = ItemSimilarityMetric.Cosine;
                return true;
            case "PEARSON":
                metric = ItemSimilarityMetric.Pearson;
                return true;
            default:
                metric = default;
                return false;
        }
    }
}
