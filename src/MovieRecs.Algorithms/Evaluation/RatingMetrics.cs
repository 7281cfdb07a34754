namespace MovieRecs.Algorithms.Evaluation;

/// <summary>Error metrics of rating predictions against held-out ratings.</summary>
public static class RatingMetrics
{
    /// <summary>Computes the root mean squared error; <see langword="null"/> for no pairs.</summary>
    public static double? Rmse(IEnumerable<(double Predicted, double Actual)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        double sum = 0;
        int count = 0;
        foreach ((double predicted, double actual) in pairs)
        {
            double error = predicted - actual;
            sum += error * error;
            count++;
        }

        return count == 0 ? null : Math.Sqrt(sum / count);
    }

    /// <summary>Computes the mean absolute error; <see langword="null"/> for no pairs.</summary>
    public static double? Mae(IEnumerable<(double Predicted, double Actual)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        double sum = 0;
        int count = 0;
        foreach ((double predicted, double actual) in pairs)
        {
            sum += Math.Abs(predicted - actual);
            count++;
        }

        return count == 0 ? null : sum / count;
    }
}
