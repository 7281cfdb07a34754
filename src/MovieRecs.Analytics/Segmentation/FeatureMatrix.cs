namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// The scaled feature vectors that k-means clusters: one row per customer, one column per named
/// feature, each column standardized to mean 0 and variance 1 and then multiplied by its block weight.
/// </summary>
/// <param name="CustomerIds">The customer of each row.</param>
/// <param name="FeatureNames">The name of each column, such as "log frequency" or "category: Drama".</param>
/// <param name="Rows">The scaled values, <c>Rows[customer][feature]</c>.</param>
public sealed record FeatureMatrix(
    IReadOnlyList<string> CustomerIds,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<double[]> Rows)
{
    /// <summary>The number of customers.</summary>
    public int Count => Rows.Count;

    /// <summary>The number of feature columns.</summary>
    public int Dimensions => FeatureNames.Count;
}
