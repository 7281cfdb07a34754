namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The customer segmentation: the silhouette of every k tried, the chosen k and its stability, the
/// segment profiles and every customer's point on the 2-D projection.
/// </summary>
/// <param name="Computed">The run that computed the segmentation.</param>
/// <param name="AsOf">The date the customer features are computed at (the last purchase).</param>
/// <param name="CustomerCount">The customers segmented.</param>
/// <param name="Features">The scaled features k-means clustered on.</param>
/// <param name="K">The chosen number of segments, the k with the highest silhouette.</param>
/// <param name="Silhouette">The silhouette of the chosen k.</param>
/// <param name="SilhouetteByK">The silhouette and inertia of every k tried, in k order.</param>
/// <param name="Stability">The agreement of refits with other seeds.</param>
/// <param name="Segments">The segments, largest first.</param>
/// <param name="Points">Every customer's segment and projection, in customer id order.</param>
/// <param name="ExplainedVariance">The share of variance on each projection axis.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SegmentsResult")]
public sealed record SegmentsResult(
    [property: Id(0)] AnalyticsResultInfo Computed,
    [property: Id(1)] DateTimeOffset AsOf,
    [property: Id(2)] int CustomerCount,
    [property: Id(3)] IReadOnlyList<string> Features,
    [property: Id(4)] int K,
    [property: Id(5)] double Silhouette,
    [property: Id(6)] IReadOnlyList<SegmentScoreResult> SilhouetteByK,
    [property: Id(7)] SegmentStabilityResult Stability,
    [property: Id(8)] IReadOnlyList<SegmentProfileResult> Segments,
    [property: Id(9)] IReadOnlyList<SegmentPointResult> Points,
    [property: Id(10)] IReadOnlyList<double> ExplainedVariance);
