using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Retention;

/// <summary>
/// Computes <see cref="CustomerFeatures"/> at a cutoff from the purchases strictly before it; a
/// purchase at or after the cutoff never changes a feature.
/// </summary>
public static class CustomerFeatureExtractor
{
    /// <summary>
    /// Returns the features of every customer with at least one purchase before the cutoff, in
    /// ordinal order of customer id.
    /// </summary>
    public static IReadOnlyList<CustomerFeatures> AtCutoff(PurchaseLog log, DateTimeOffset cutoff)
    {
        ArgumentNullException.ThrowIfNull(log);

        var features = new List<CustomerFeatures>();
        foreach (string customerId in log.CustomerIds)
        {
            IReadOnlyList<Purchase> purchases = log.GetPurchases(customerId);
            int before = CountBefore(purchases, cutoff);
            if (before > 0)
            {
                features.Add(Compute(log, customerId, purchases, before, cutoff));
            }
        }

        return features;
    }

    /// <summary>
    /// Returns the number of purchases strictly before <paramref name="cutoff"/> in a list sorted by
    /// time, by binary search.
    /// </summary>
    public static int CountBefore(IReadOnlyList<Purchase> purchases, DateTimeOffset cutoff)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        int low = 0;
        int high = purchases.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (purchases[middle].Timestamp < cutoff)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static CustomerFeatures Compute(
        PurchaseLog log,
        string customerId,
        IReadOnlyList<Purchase> purchases,
        int count,
        DateTimeOffset cutoff)
    {
        var activeDays = new SortedSet<DateOnly>();
        var categories = new HashSet<string>(StringComparer.Ordinal);
        int last30 = 0;
        int last90 = 0;
        int previous90 = 0;
        int last365 = 0;
        var activeDaysLast90 = new HashSet<DateOnly>();
        double monetary = 0;
        for (int i = 0; i < count; i++)
        {
            Purchase purchase = purchases[i];
            DateOnly day = DateOnly.FromDateTime(purchase.Timestamp.UtcDateTime);
            double age = (cutoff - purchase.Timestamp).TotalDays;
            activeDays.Add(day);
            monetary += purchase.Amount;
            last30 += age <= 30 ? 1 : 0;
            last90 += age <= 90 ? 1 : 0;
            previous90 += age is > 90 and <= 180 ? 1 : 0;
            last365 += age <= 365 ? 1 : 0;
            if (age <= 90)
            {
                activeDaysLast90.Add(day);
            }

            if (log.TryGetProduct(purchase.ProductId, out Product? product))
            {
                categories.UnionWith(product.Categories);
            }
        }

        (double? meanInterval, double? intervalStd) = IntervalStatistics(activeDays);
        return new CustomerFeatures(
            customerId,
            cutoff,
            RecencyDays: (cutoff - purchases[count - 1].Timestamp).TotalDays,
            TenureDays: (cutoff - purchases[0].Timestamp).TotalDays,
            Purchases: count,
            ActiveDays: activeDays.Count,
            meanInterval,
            intervalStd,
            last30,
            last90,
            previous90,
            last365,
            activeDaysLast90.Count,
            monetary,
            categories.Count);
    }

    // The mean and population standard deviation of the days between consecutive active days.
    private static (double? Mean, double? Std) IntervalStatistics(SortedSet<DateOnly> activeDays)
    {
        if (activeDays.Count < 2)
        {
            return (null, null);
        }

        DateOnly[] days = activeDays.ToArray();
        double[] intervals = new double[days.Length - 1];
        for (int i = 1; i < days.Length; i++)
        {
            intervals[i - 1] = days[i].DayNumber - days[i - 1].DayNumber;
        }

        double mean = intervals.Average();
        double variance = intervals.Average(interval => (interval - mean) * (interval - mean));
        return (mean, Math.Sqrt(variance));
    }
}
