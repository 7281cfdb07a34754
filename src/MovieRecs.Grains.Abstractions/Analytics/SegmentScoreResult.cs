namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The quality of the k-means solution for one number of segments.</summary>
/// <param name="K">The number of segments.</param>
/// <param name="Silhouette">The mean silhouette, from -1 to 1; higher is better separated.</param>
/// <param name="Inertia">The sum of squared distances to the own centroid, in scaled feature units.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SegmentScoreResult")]
public sealed record SegmentScoreResult(
    [property: Id(0)] int K,
    [property: Id(1)] double Silhouette,
    [property: Id(2)] double Inertia);
