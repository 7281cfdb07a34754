namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Scales features to mean 0 and standard deviation 1 with the training examples' moments, and
/// drops the features that do not vary there, since they carry no information to fit.
/// </summary>
internal sealed class Standardizer
{
    private readonly double[] _means;
    private readonly double[] _deviations;
    private readonly int[] _kept;
    private readonly int[] _columnOf;

    private Standardizer(double[] means, double[] deviations)
    {
        _means = means;
        _deviations = deviations;
        _kept = Enumerable.Range(0, means.Length).Where(feature => deviations[feature] > 0).ToArray();
        _columnOf = Enumerable.Repeat(-1, means.Length).ToArray();
        for (int column = 0; column < _kept.Length; column++)
        {
            _columnOf[_kept[column]] = column;
        }
    }

    /// <summary>Computes the mean and the population standard deviation of every feature.</summary>
    public static Standardizer Fit(IReadOnlyList<float[]> vectors)
    {
        int features = vectors[0].Length;
        var means = new double[features];
        var deviations = new double[features];
        for (int feature = 0; feature < features; feature++)
        {
            double mean = vectors.Average(vector => (double)vector[feature]);
            double variance = vectors.Average(vector => (vector[feature] - mean) * (vector[feature] - mean));
            means[feature] = mean;

            // Float inputs: a spread below this is rounding, not variation.
            deviations[feature] = variance > 1e-12 ? Math.Sqrt(variance) : 0;
        }

        return new Standardizer(means, deviations);
    }

    /// <summary>Returns the standardised values of the kept features.</summary>
    public double[] Transform(float[] vector)
    {
        var result = new double[_kept.Length];
        for (int column = 0; column < _kept.Length; column++)
        {
            int feature = _kept[column];
            result[column] = (vector[feature] - _means[feature]) / _deviations[feature];
        }

        return result;
    }

    /// <summary>Returns the column of a feature in the transformed vectors, or -1 when it was dropped.</summary>
    public int ColumnOf(int feature) => _columnOf[feature];
}
