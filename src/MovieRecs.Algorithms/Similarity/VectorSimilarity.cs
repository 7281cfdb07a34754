namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// Cosine and Pearson similarity between rating vectors, with undefined cases returned as
/// <see langword="null"/> so that callers leave such a neighbor out instead of scoring with NaN.
/// </summary>
/// <remarks>
/// Sparse vectors are given as sorted unique indices with aligned values; a missing index means
/// "not rated", not a rating of zero. Cosine uses each vector's full norm (ratings the other
/// vector lacks count as zeros there), as in Sarwar et al., "Item-based collaborative filtering
/// recommendation algorithms" (WWW 2001). Pearson correlates only the co-rated entries, each
/// centred on its own mean over those entries, as in Herlocker et al., "An algorithmic framework
/// for performing collaborative filtering" (SIGIR 1999).
/// </remarks>
public static class VectorSimilarity
{
    /// <summary>Smallest variance or squared norm that still counts as non-zero.</summary>
    public const double Epsilon = 1e-12;

    /// <summary>
    /// Computes the cosine of two sparse vectors, in [-1, 1]; <see langword="null"/> when they share
    /// no index or either has a zero norm.
    /// </summary>
    /// <exception cref="ArgumentException">Indices and values of a vector differ in length.</exception>
    public static double? Cosine(
        ReadOnlySpan<int> leftIndices,
        ReadOnlySpan<double> leftValues,
        ReadOnlySpan<int> rightIndices,
        ReadOnlySpan<double> rightValues)
    {
        CheckAligned(leftIndices, leftValues, nameof(leftValues));
        CheckAligned(rightIndices, rightValues, nameof(rightValues));

        double dot = 0;
        int common = 0;
        int left = 0;
        int right = 0;
        while (left < leftIndices.Length && right < rightIndices.Length)
        {
            int comparison = leftIndices[left].CompareTo(rightIndices[right]);
            if (comparison == 0)
            {
                dot += leftValues[left] * rightValues[right];
                common++;
                left++;
                right++;
            }
            else if (comparison < 0)
            {
                left++;
            }
            else
            {
                right++;
            }
        }

        if (common == 0)
        {
            return null;
        }

        return CosineFromSums(dot, SquaredNorm(leftValues), SquaredNorm(rightValues));
    }

    /// <summary>
    /// Computes the cosine of two dense vectors of equal length, in [-1, 1]; <see langword="null"/>
    /// when either has a zero norm.
    /// </summary>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static double? Cosine(ReadOnlySpan<double> left, ReadOnlySpan<double> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException(
                $"The vectors differ in length: {left.Length} and {right.Length}.",
                nameof(right));
        }

        double dot = 0;
        for (int position = 0; position < left.Length; position++)
        {
            dot += left[position] * right[position];
        }

        return CosineFromSums(dot, SquaredNorm(left), SquaredNorm(right));
    }

    /// <summary>
    /// Computes the Pearson correlation over the co-rated entries of two sparse vectors, in [-1, 1];
    /// <see langword="null"/> when fewer than two entries are co-rated or either side has zero
    /// variance over them.
    /// </summary>
    /// <exception cref="ArgumentException">Indices and values of a vector differ in length.</exception>
    public static double? Pearson(
        ReadOnlySpan<int> leftIndices,
        ReadOnlySpan<double> leftValues,
        ReadOnlySpan<int> rightIndices,
        ReadOnlySpan<double> rightValues)
    {
        CheckAligned(leftIndices, leftValues, nameof(leftValues));
        CheckAligned(rightIndices, rightValues, nameof(rightValues));

        var sums = new CoRatingSums();
        int left = 0;
        int right = 0;
        while (left < leftIndices.Length && right < rightIndices.Length)
        {
            int comparison = leftIndices[left].CompareTo(rightIndices[right]);
            if (comparison == 0)
            {
                sums.Add(leftValues[left], rightValues[right]);
                left++;
                right++;
            }
            else if (comparison < 0)
            {
                left++;
            }
            else
            {
                right++;
            }
        }

        return sums.Pearson();
    }

    /// <summary>
    /// Computes a cosine from a dot product and two squared norms; <see langword="null"/> when either
    /// norm is zero. The result is clamped to [-1, 1] against rounding.
    /// </summary>
    public static double? CosineFromSums(double dot, double leftSquaredNorm, double rightSquaredNorm)
    {
        if (leftSquaredNorm <= Epsilon || rightSquaredNorm <= Epsilon)
        {
            return null;
        }

        return Math.Clamp(dot / Math.Sqrt(leftSquaredNorm * rightSquaredNorm), -1.0, 1.0);
    }

    private static double SquaredNorm(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value * value;
        }

        return sum;
    }

    private static void CheckAligned(ReadOnlySpan<int> indices, ReadOnlySpan<double> values, string parameterName)
    {
        if (indices.Length != values.Length)
        {
            throw new ArgumentException(
                $"A sparse vector has {indices.Length} indices but {values.Length} values.",
                parameterName);
        }
    }
}
