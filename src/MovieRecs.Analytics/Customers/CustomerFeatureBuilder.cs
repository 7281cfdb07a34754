using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Customers;

/// <summary>Derives <see cref="CustomerFeatures"/> for every customer of a purchase log.</summary>
/// <remarks>
/// Only purchases at or before the as-of date count, so features of a past date do not see the future.
/// Hours and weekdays are those of the UTC timestamp; the log carries no time zone per customer.
/// </remarks>
public static class CustomerFeatureBuilder
{
    private const int HoursPerDay = 24;
    private const int DaysPerWeek = 7;

    /// <summary>
    /// Derives the features of every customer with at least one purchase at or before
    /// <paramref name="asOf"/>, in the ordinal order of customer ids.
    /// </summary>
    public static IReadOnlyList<CustomerFeatures> Build(PurchaseLog log, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(log);

        var features = new List<CustomerFeatures>(log.CustomerIds.Count);
        foreach (string customerId in log.CustomerIds)
        {
            Purchase[] purchases = log.GetPurchases(customerId).Where(purchase => purchase.Timestamp <= asOf).ToArray();
            if (purchases.Length > 0)
            {
                features.Add(BuildOne(log, customerId, purchases, asOf));
            }
        }

        return features;
    }

    /// <summary>Returns the default as-of date of a log: the time of its last purchase.</summary>
    /// <exception cref="InvalidOperationException">The log is empty.</exception>
    public static DateTimeOffset DefaultAsOf(PurchaseLog log) => log.LastPurchase;

    private static CustomerFeatures BuildOne(PurchaseLog log, string customerId, Purchase[] purchases, DateTimeOffset asOf)
    {
        // The log returns each customer's purchases in time order.
        DateTimeOffset first = purchases[0].Timestamp;
        DateTimeOffset last = purchases[^1].Timestamp;
        double[] intervals = PurchaseDayIntervals(purchases);

        var hours = new double[HoursPerDay];
        var weekdays = new double[DaysPerWeek];
        var channels = new Dictionary<string, double>(StringComparer.Ordinal);
        var categories = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Purchase purchase in purchases)
        {
            DateTimeOffset utc = purchase.Timestamp.ToUniversalTime();
            hours[utc.Hour] += 1;
            weekdays[(int)utc.DayOfWeek] += 1;
            if (purchase.Channel is { } channel)
            {
                channels[channel] = channels.GetValueOrDefault(channel) + 1;
            }

            if (log.TryGetProduct(purchase.ProductId, out Product? product) && product.Categories.Count > 0)
            {
                double weight = 1.0 / product.Categories.Count;
                foreach (string category in product.Categories)
                {
                    categories[category] = categories.GetValueOrDefault(category) + weight;
                }
            }
        }

        log.TryGetCustomer(customerId, out Customer? demographics);
        return new CustomerFeatures(
            customerId,
            RecencyDays: (asOf - last).TotalDays,
            Frequency: purchases.Length,
            ActiveDays: intervals.Length + 1,
            Monetary: purchases.Sum(purchase => purchase.Amount),
            Units: purchases.Sum(purchase => purchase.Quantity),
            TenureDays: (asOf - first).TotalDays,
            MeanIntervalDays: intervals.Length > 0 ? intervals.Average() : null,
            MedianIntervalDays: intervals.Length > 0 ? Median(intervals) : null,
            IntervalStandardDeviationDays: intervals.Length > 1 ? SampleStandardDeviation(intervals) : null,
            HourShares: Normalize(hours),
            WeekdayShares: Normalize(weekdays),
            ChannelShares: Normalize(channels),
            CategoryShares: Normalize(categories),
            demographics);
    }

    /// <summary>
    /// Returns the gaps in days between consecutive distinct UTC purchase days. Several purchases on
    /// one day are one purchase occasion, so a MovieLens rating session does not count as many gaps of zero.
    /// </summary>
    internal static double[] PurchaseDayIntervals(IReadOnlyList<Purchase> purchases)
    {
        DateOnly[] days = purchases
            .Select(purchase => DateOnly.FromDateTime(purchase.Timestamp.UtcDateTime))
            .Distinct()
            .Order()
            .ToArray();
        var intervals = new double[Math.Max(0, days.Length - 1)];
        for (int i = 1; i < days.Length; i++)
        {
            intervals[i - 1] = days[i].DayNumber - days[i - 1].DayNumber;
        }

        return intervals;
    }

    internal static double Median(IReadOnlyList<double> values)
    {
        double[] sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double SampleStandardDeviation(double[] values)
    {
        double mean = values.Average();
        double sumOfSquares = values.Sum(value => (value - mean) * (value - mean));
        return Math.Sqrt(sumOfSquares / (values.Length - 1));
    }

    private static double[] Normalize(double[] counts)
    {
        double total = counts.Sum();
        return counts.Select(count => count / total).ToArray();
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> weights)
    {
        double total = weights.Values.Sum();
        return weights.ToDictionary(pair => pair.Key, pair => pair.Value / total, StringComparer.Ordinal);
    }
}
