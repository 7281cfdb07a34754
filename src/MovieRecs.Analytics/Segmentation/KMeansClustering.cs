namespace MovieRecs.Analytics.Segmentation;

/// <summary>One k-means solution: the cluster of each point, the centroids and the inertia.</summary>
/// <param name="K">The number of clusters asked for.</param>
/// <param name="Labels">The cluster of each point, 0 to K - 1, in the order of the points.</param>
/// <param name="Centroids">The centroid of each cluster.</param>
/// <param name="Inertia">The sum of squared Euclidean distances from each point to its own centroid.</param>
public sealed record KMeansClustering(int K, IReadOnlyList<int> Labels, IReadOnlyList<double[]> Centroids, double Inertia);
