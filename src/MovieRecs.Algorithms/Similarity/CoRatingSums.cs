namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// Running sums over co-rated pairs (x, y) from which the Pearson correlation of the pairs is
/// computed in one pass.
/// </summary>
public struct CoRatingSums
{
    /// <summary>The number of pairs added.</summary>
    public int Count { get; private set; }

    /// <summary>The sum of x.</summary>
    public double SumX { get; private set; }

    /// <summary>The sum of y.</summary>
    public double SumY { get; private set; }

    /// <summary>The sum of x squared.</summary>
    public double SumXX { get; private set; }

    /// <summary>The sum of y squared.</summary>
    public double SumYY { get; private set; }

    /// <summary>The sum of x times y.</summary>
    public double SumXY { get; private set; }

    /// <summary>Adds one co-rated pair.</summary>
    public void Add(double x, double y)
    {
        Count++;
        SumX += x;
        SumY += y;
        SumXX += x * x;
        SumYY += y * y;
        SumXY += x * y;
    }

    /// <summary>
    /// Computes the Pearson correlation of the pairs added, in [-1, 1]; <see langword="null"/> for fewer
    /// than two pairs or zero variance on either side.
    /// </summary>
    public readonly double? Pearson()
    {
        if (Count < 2)
        {
            return null;
        }

        double covariance = SumXY - (SumX * SumY / Count);
        double varianceX = SumXX - (SumX * SumX / Count);
        double varianceY = SumYY - (SumY * SumY / Count);

        // Sums of squares can come out a hair below zero through cancellation.
        if (varianceX <= VectorSimilarity.Epsilon || varianceY <= VectorSimilarity.Epsilon)
        {
            return null;
        }

        return Math.Clamp(covariance / Math.Sqrt(varianceX * varianceY), -1.0, 1.0);
    }

    /// <summary>
    /// Computes sum(xy) / sqrt(sum(x^2) sum(y^2)) over the pairs added, the cosine of already
    /// centred values; <see langword="null"/> when either side sums to zero.
    /// </summary>
    public readonly double? CosineOfPairs() =>
        Count == 0 ? null : VectorSimilarity.CosineFromSums(SumXY, SumXX, SumYY);
}
