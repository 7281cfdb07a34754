namespace MovieRecs.Analytics.Segmentation;

/// <summary>The outcome of a segmentation: the score of every k tried, the chosen k, its stability, the segments and the customers.</summary>
/// <param name="AsOf">The date the features are computed at.</param>
/// <param name="FeatureNames">The scaled features k-means clustered on.</param>
/// <param name="SilhouetteByK">The silhouette and inertia of every k tried, in k order.</param>
/// <param name="K">The chosen number of segments: the k with the highest silhouette (the smaller k on a tie).</param>
/// <param name="Silhouette">The silhouette of the chosen k.</param>
/// <param name="Stability">The agreement of refits with other seeds.</param>
/// <param name="Segments">The segments, largest first.</param>
/// <param name="Customers">Every customer's segment and projection coordinates, in customer id order.</param>
/// <param name="ExplainedVariance">The share of variance on each projection axis.</param>
public sealed record SegmentationResult(
    DateTimeOffset AsOf,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<KScore> SilhouetteByK,
    int K,
    double Silhouette,
    StabilityReport Stability,
    IReadOnlyList<SegmentProfile> Segments,
    IReadOnlyList<CustomerAssignment> Customers,
    IReadOnlyList<double> ExplainedVariance);
