using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains;

/// <summary>
/// Resolves model names of requests against the catalogue, and maps item-knn models to their
/// metric.
/// </summary>
public static class ModelNames
{
    /// <summary>Returns the catalogue spelling of a model name, compared ignoring case.</summary>
    /// <exception cref="UnknownModelException">The name is not in the catalogue.</exception>
    public static string Resolve(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        string? canonical = RecommenderCatalog.Names
            .FirstOrDefault(name => string.Equals(name, model.Trim(), StringComparison.OrdinalIgnoreCase));
        return canonical ?? throw new UnknownModelException(model, RecommenderCatalog.Names);
    }

    /// <summary>
    /// Returns whether a catalogue model name is served from item grain neighbor lists, and with
    /// which metric.
    /// </summary>
    public static bool TryGetItemKnnMetric(string model, out ItemSimilarityMetric metric)
    {
        switch (model)
        {
            case "item-knn":
                metric = ItemSimilarityMetric.Cosine;
                return true;
            case "item-knn-pearson":
                metric = ItemSimilarityMetric.Pearson;
                return true;
            default:
                metric = default;
                return false;
        }
    }

    /// <summary>Returns the item-knn model name that serves from a metric's lists.</summary>
    public static string ItemKnnModel(ItemSimilarityMetric metric) =>
        metric == ItemSimilarityMetric.Cosine ? "item-knn" : "item-knn-pearson";
}
