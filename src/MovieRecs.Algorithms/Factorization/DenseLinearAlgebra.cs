using System.Numerics;

namespace MovieRecs.Algorithms.Factorization;

/// <summary>
/// The small dense kernels the factorization models share: dot products, rank-one updates and a
/// Cholesky solve of a factors x factors system, on row-major arrays.
/// </summary>
/// <remarks>
/// The solve is written here, in place on a reused buffer, because it runs once per user and per
/// item in every ALS half-step. MathNet.Numerics 5.0.0's managed <c>Matrix.Cholesky().Solve</c>
/// allocates a new factor per call and measured about 4 to 8 times slower for 32 to 128 factors
/// (a scratch benchmark of repeated solves on a 2-core AMD EPYC machine with .NET 10).
/// </remarks>
internal static class DenseLinearAlgebra
{
    /// <summary>Returns the dot product of two spans of equal length.</summary>
    public static double Dot(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        int width = Vector<double>.Count;
        var sums = Vector<double>.Zero;
        int position = 0;
        for (; position <= left.Length - width; position += width)
        {
            sums += new Vector<double>(left[position..]) * new Vector<double>(right[position..]);
        }

        double sum = Vector.Sum(sums);
        for (; position < left.Length; position++)
        {
            sum += left[position] * right[position];
        }

        return sum;
    }

    /// <summary>Adds <paramref name="scale"/> times <paramref name="source"/> to <paramref name="target"/>.</summary>
    public static void AddScaled(Span<double> target, double scale, ReadOnlySpan<double> source)
    {
        int width = Vector<double>.Count;
        var factor = new Vector<double>(scale);
        int position = 0;
        for (; position <= source.Length - width; position += width)
        {
            var current = new Vector<double>(target[position..]);
            (current + (factor * new Vector<double>(source[position..]))).CopyTo(target[position..]);
        }

        for (; position < source.Length; position++)
        {
            target[position] += scale * source[position];
        }
    }

    /// <summary>
    /// Adds weight x x^T to the lower triangle (diagonal included) of a row-major n x n matrix,
    /// where n is the length of x. The upper triangle is left as it is.
    /// </summary>
    public static void AddLowerOuterProduct(Span<double> matrix, double weight, ReadOnlySpan<double> x)
    {
        int n = x.Length;
        for (int row = 0; row < n; row++)
        {
            AddScaled(matrix.Slice(row * n, row + 1), weight * x[row], x[..(row + 1)]);
        }
    }

    /// <summary>
    /// Solves A x = b for a symmetric positive definite A, given by its lower triangle, in place:
    /// the lower triangle of <paramref name="matrix"/> is overwritten by the Cholesky factor L.
    /// </summary>
    /// <returns>
    /// <see langword="false"/> when a pivot is not positive (A is not positive definite, or rounding
    /// made it look so); <paramref name="solution"/> is then unspecified.
    /// </returns>
    public static bool TrySolveCholesky(Span<double> matrix, ReadOnlySpan<double> rhs, Span<double> solution)
    {
        int n = rhs.Length;

        // Cholesky-Crout, column by column: L[i][j] = (A[i][j] - L[i][..j] . L[j][..j]) / L[j][j].
        for (int j = 0; j < n; j++)
        {
            ReadOnlySpan<double> rowJ = matrix.Slice(j * n, j);
            double pivot = matrix[(j * n) + j] - Dot(rowJ, rowJ);
            if (!(pivot > 0) || double.IsInfinity(pivot))
            {
                return false;
            }

            double diagonal = Math.Sqrt(pivot);
            matrix[(j * n) + j] = diagonal;
            for (int i = j + 1; i < n; i++)
            {
                double value = matrix[(i * n) + j] - Dot(matrix.Slice(i * n, j), rowJ);
                matrix[(i * n) + j] = value / diagonal;
            }
        }

        // Forward substitution L y = b, then back substitution L^T x = y.
        for (int i = 0; i < n; i++)
        {
            solution[i] = (rhs[i] - Dot(matrix.Slice(i * n, i), solution[..i])) / matrix[(i * n) + i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double value = solution[i];
            for (int row = i + 1; row < n; row++)
            {
                value -= matrix[(row * n) + i] * solution[row];
            }

            solution[i] = value / matrix[(i * n) + i];
        }

        return true;
    }

    /// <summary>Fills a span with independent normal draws of mean 0, by the Box-Muller transform.</summary>
    public static void FillNormal(Random random, Span<double> values, double standardDeviation)
    {
        for (int position = 0; position < values.Length; position += 2)
        {
            // 1 - NextDouble() lies in (0, 1], so the logarithm is finite.
            double radius = standardDeviation * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            double angle = 2.0 * Math.PI * random.NextDouble();
            values[position] = radius * Math.Cos(angle);
            if (position + 1 < values.Length)
            {
                values[position + 1] = radius * Math.Sin(angle);
            }
        }
    }
}
