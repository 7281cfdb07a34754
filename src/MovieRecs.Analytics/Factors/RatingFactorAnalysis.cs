using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Regresses the amount of each purchase line (the rating on MovieLens) on the product's categories,
/// release decade and popularity, the unit price and channel where the log has them, the customer's
/// history and segment, and the time of day. It fits on the earliest purchases and tests on the
/// latest ones.
/// </summary>
/// <remarks>
/// Every feature of a row comes from purchases before the split, and for a training row from the
/// other training purchases only, so the test error is an honest out-of-time error. The customers'
/// segments come from a segmentation of the training period. A test customer without a training
/// purchase has no segment, so the model treats them as a member of the reference segment.
/// </remarks>
public static class RatingFactorAnalysis
{
    private const int MinimumTrainingRows = 10;

    /// <summary>Runs the regression and its test.</summary>
    /// <exception cref="ArgumentException">
    /// The log has too few purchases before or after the split, or too few for the columns.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static RatingFactorReport Run(PurchaseLog log, FactorOptions options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        DateTimeOffset split = SplitTime(log, options.TestShare);
        Purchase[] training = log.Purchases.Where(purchase => purchase.Timestamp < split).ToArray();
        Purchase[] test = log.Purchases.Where(purchase => purchase.Timestamp >= split).ToArray();
        if (training.Length < MinimumTrainingRows || test.Length == 0)
        {
            throw new ArgumentException(
                $"The time split at {split:yyyy-MM-dd HH:mm} leaves {training.Length} training and " +
                $"{test.Length} test " +
                $"purchases; the rating model needs at least {MinimumTrainingRows} and 1. Use a larger log.",
                nameof(log));
        }

        (Dictionary<string, int> segmentOf, Dictionary<int, string> names) =
            SegmentTraining(log.Before(split), options.Segmentation);
        var design = RatingDesign.Build(log, training, segmentOf, names, options.MaxCategories);
        double[][] rows = training.Select(purchase => design.Row(purchase, isTraining: true)).ToArray();
        LinearModel model = OrdinaryLeastSquares.Fit(
            rows,
            training.Select(purchase => purchase.Amount).ToArray(),
            design.ColumnNames,
            training.Select(purchase => purchase.CustomerId).ToArray());

        double sse = 0;
        double absolute = 0;
        double baselineSse = 0;
        double customerSse = 0;
        foreach (Purchase purchase in test)
        {
            double error = purchase.Amount - model.Predict(design.Row(purchase, isTraining: false));
            sse += error * error;
            absolute += Math.Abs(error);
            baselineSse += Math.Pow(purchase.Amount - design.GlobalMean, 2);
            customerSse += Math.Pow(purchase.Amount - design.CustomerMean(purchase, isTraining: false), 2);
        }

        var trainingCustomers = training.Select(purchase => purchase.CustomerId).ToHashSet(StringComparer.Ordinal);
        string[] testCustomers = test
            .Select(purchase => purchase.CustomerId)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new RatingFactorReport(
            split,
            training.Length,
            test.Length,
            trainingCustomers.Count,
            testCustomers.Length,
            testCustomers.Count(customer => !trainingCustomers.Contains(customer)),
            names.Count,
            design.ReferenceLevels,
            model.Fit,
            Math.Sqrt(sse / test.Length),
            absolute / test.Length,
            baselineSse > 0 ? 1 - (sse / baselineSse) : 0,
            Math.Sqrt(baselineSse / test.Length),
            Math.Sqrt(customerSse / test.Length));
    }

    /// <summary>
    /// Returns the time of the purchase at the (1 − test share) quantile of the time-ordered log. The
    /// purchases at or after it form the test set.
    /// </summary>
    internal static DateTimeOffset SplitTime(PurchaseLog log, double testShare)
    {
        if (log.Purchases.Count < 2)
        {
            throw new ArgumentException(
                $"The purchase log has {log.Purchases.Count} purchases; a time split needs at least 2.", nameof(log));
        }

        int index = Math.Clamp((int)Math.Round(log.Purchases.Count * (1 - testShare)), 1, log.Purchases.Count - 1);
        return log.Purchases[index].Timestamp;
    }

    // Segments the training customers; with fewer than three customers there are no segments.
    private static (Dictionary<string, int> SegmentOf, Dictionary<int, string> Names) SegmentTraining(
        PurchaseLog trainingLog,
        SegmentationOptions options)
    {
        if (trainingLog.CustomerIds.Count < 3)
        {
            return ([], []);
        }

        SegmentationResult result = FactorAnalyzer.SegmentAll(trainingLog, options);
        return (
            result.Customers.ToDictionary(
                customer => customer.CustomerId,
                customer => customer.SegmentId,
                StringComparer.Ordinal),
            result.Segments.ToDictionary(segment => segment.Id, segment => segment.Name));
    }
}
