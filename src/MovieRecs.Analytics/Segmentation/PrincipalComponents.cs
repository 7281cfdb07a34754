using MathNet.Numerics.LinearAlgebra;

namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// A principal component analysis of centred points with Math.NET Numerics: the eigenvectors of the
/// sample covariance matrix with the largest eigenvalues, and the points projected onto them.
/// </summary>
/// <param name="Components">The unit-length directions, largest variance first, in feature space.</param>
/// <param name="ExplainedVarianceRatios">Each component's share of the total variance.</param>
/// <param name="Projection">Each point's coordinates on the components, <c>Projection[point][component]</c>.</param>
public sealed record PrincipalComponents(
    IReadOnlyList<double[]> Components,
    IReadOnlyList<double> ExplainedVarianceRatios,
    IReadOnlyList<double[]> Projection)
{
    /// <summary>Projects points onto their first <paramref name="count"/> principal components.</summary>
    /// <remarks>
    /// The sign of an eigenvector is arbitrary, so each component is flipped to make its largest
    /// loading (by absolute value) positive, which makes the projection repeatable.
    /// </remarks>
    /// <param name="points">At least two points of one dimension.</param>
    /// <param name="count">The number of components, from 1 to the dimension.</param>
    /// <exception cref="ArgumentException">There are fewer than two points, or count exceeds the dimension.</exception>
    public static PrincipalComponents Fit(IReadOnlyList<double[]> points, int count = 2)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            throw new ArgumentException($"PCA needs at least two points; there are {points.Count}.", nameof(points));
        }

        int dimensions = points[0].Length;
        if (count < 1 || count > dimensions)
        {
            throw new ArgumentException($"count must be from 1 to the dimension {dimensions}; got {count}.", nameof(count));
        }

        Matrix<double> data = Matrix<double>.Build.DenseOfRowArrays(points);
        Vector<double> means = data.ColumnSums() / points.Count;
        Matrix<double> centred = data - Matrix<double>.Build.Dense(points.Count, dimensions, (_, column) => means[column]);
        Matrix<double> covariance = centred.TransposeThisAndMultiply(centred) / (points.Count - 1);

        var evd = covariance.Evd(Symmetricity.Symmetric);
        double[] eigenvalues = evd.EigenValues.Select(value => value.Real).ToArray();
        int[] order = Enumerable.Range(0, dimensions).OrderByDescending(index => eigenvalues[index]).ToArray();
        double totalVariance = eigenvalues.Where(value => value > 0).Sum();

        var components = new double[count][];
        var ratios = new double[count];
        for (int c = 0; c < count; c++)
        {
            double[] vector = evd.EigenVectors.Column(order[c]).ToArray();
            double largest = vector.MaxBy(Math.Abs);
            if (largest < 0)
            {
                vector = vector.Select(value => -value).ToArray();
            }

            components[c] = vector;
            ratios[c] = totalVariance > 0 ? Math.Max(0, eigenvalues[order[c]]) / totalVariance : 0;
        }

        Matrix<double> projection = centred * Matrix<double>.Build.DenseOfColumnArrays(components);
        double[][] coordinates = Enumerable.Range(0, points.Count).Select(row => projection.Row(row).ToArray()).ToArray();
        return new PrincipalComponents(components, ratios, coordinates);
    }
}
