namespace MovieRecs.Analytics.Factors;

/// <summary>
/// A fitted linear model: the report of the fit and the coefficient of every design column, with 0
/// for an aliased one, so that rows built like the training rows can be predicted.
/// </summary>
/// <param name="Fit">The coefficients with their uncertainty and the in-sample fit.</param>
/// <param name="ColumnNames">The design's columns in order, aliased ones included.</param>
/// <param name="Beta">
/// The coefficient of each column in <paramref name="ColumnNames"/> order, 0 for aliased ones.
/// </param>
public sealed record LinearModel(RegressionFit Fit, IReadOnlyList<string> ColumnNames, IReadOnlyList<double> Beta)
{
    /// <summary>Returns the prediction x'β for one row with a value for every design column.</summary>
    /// <exception cref="ArgumentException">The row's length differs from the design's.</exception>
    public double Predict(IReadOnlyList<double> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Count != Beta.Count)
        {
            throw new ArgumentException(
                $"The row has {row.Count} values; the model has {Beta.Count} columns.", nameof(row));
        }

        double prediction = 0;
        for (int column = 0; column < row.Count; column++)
        {
            prediction += Beta[column] * row[column];
        }

        return prediction;
    }
}
