namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// The silhouette coefficient of a clustering with Euclidean distances: for each point,
/// s = (b - a) / max(a, b), where a is its mean distance to the other points of its cluster and b the
/// smallest mean distance to the points of another cluster; the score is the mean of s.
/// </summary>
/// <remarks>
/// Source: P. J. Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation of
/// cluster analysis", Journal of Computational and Applied Mathematics 20 (1987). A point alone in
/// its cluster gets s = 0, as in that paper. The score lies in [-1, 1]; higher is better separated.
/// </remarks>
public static class SilhouetteScore
{
    /// <summary>Computes the exact silhouette score over all points, in O(n² d) time.</summary>
    /// <param name="points">The points, all of one dimension.</param>
    /// <param name="labels">The cluster of each point, any integers.</param>
    /// <returns>The mean silhouette, or <see cref="double.NaN"/> with fewer than 2 or more than n - 1 clusters.</returns>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static double Compute(IReadOnlyList<double[]> points, IReadOnlyList<int> labels) =>
        Compute(points, labels, Enumerable.Range(0, points.Count).ToArray());

    /// <summary>
    /// Estimates the silhouette score from at most <paramref name="maxPoints"/> points drawn without
    /// replacement with a seeded generator. Each drawn point's a and b are exact (distances to all
    /// points), so only the averaging is sampled. With n at most <paramref name="maxPoints"/> the result
    /// equals <see cref="Compute(IReadOnlyList{double[]}, IReadOnlyList{int})"/>.
    /// </summary>
    public static double ComputeSampled(IReadOnlyList<double[]> points, IReadOnlyList<int> labels, int maxPoints, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPoints);
        int[] indexes = Enumerable.Range(0, points.Count).ToArray();
        if (indexes.Length > maxPoints)
        {
            new Random(seed).Shuffle(indexes);
            indexes = indexes[..maxPoints];
        }

        return Compute(points, labels, indexes);
    }

    private static double Compute(IReadOnlyList<double[]> points, IReadOnlyList<int> labels, int[] evaluated)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        if (points.Count != labels.Count)
        {
            throw new ArgumentException(
                $"There are {points.Count} points but {labels.Count} labels; give one label per point.",
                nameof(labels));
        }

        int[] clusterIds = labels.Distinct().Order().ToArray();
        if (clusterIds.Length < 2 || clusterIds.Length > points.Count - 1)
        {
            return double.NaN;
        }

        var clusterIndex = new Dictionary<int, int>();
        for (int c = 0; c < clusterIds.Length; c++)
        {
            clusterIndex[clusterIds[c]] = c;
        }

        int[] cluster = labels.Select(label => clusterIndex[label]).ToArray();
        var sizes = new int[clusterIds.Length];
        foreach (int c in cluster)
        {
            sizes[c]++;
        }

        double total = 0;
        var distanceSums = new double[clusterIds.Length];
        foreach (int i in evaluated)
        {
            Array.Clear(distanceSums);
            for (int j = 0; j < points.Count; j++)
            {
                if (j != i)
                {
                    distanceSums[cluster[j]] += Distance(points[i], points[j]);
                }
            }

            int own = cluster[i];
            if (sizes[own] == 1)
            {
                continue;
            }

            double a = distanceSums[own] / (sizes[own] - 1);
            double b = double.PositiveInfinity;
            for (int c = 0; c < sizes.Length; c++)
            {
                if (c != own)
                {
                    b = Math.Min(b, distanceSums[c] / sizes[c]);
                }
            }

            double spread = Math.Max(a, b);
            total += spread > 0 ? (b - a) / spread : 0;
        }

        return total / evaluated.Length;
    }

    private static double Distance(double[] left, double[] right)
    {
        double sum = 0;
        for (int d = 0; d < left.Length; d++)
        {
            double difference = left[d] - right[d];
            sum += difference * difference;
        }

        return Math.Sqrt(sum);
    }
}
