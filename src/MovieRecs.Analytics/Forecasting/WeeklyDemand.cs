using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// Sums a purchase log into weekly demand series: the units (purchase quantities) bought per week,
/// for the whole log, per category or per product.
/// </summary>
public static class WeeklyDemand
{
    /// <summary>The key of the aggregate series.</summary>
    public const string AggregateKey = "all";

    /// <summary>Returns the series of all purchases in the window.</summary>
    public static WeeklySeries Aggregate(PurchaseLog log, DemandWindow window)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(window);

        double[] values = new double[window.WeekCount];
        foreach (Purchase purchase in log.Purchases)
        {
            int week = window.IndexOf(purchase.Timestamp);
            if (week >= 0)
            {
                values[week] += purchase.Quantity;
            }
        }

        return new WeeklySeries(AggregateKey, "All purchases", DemandLevel.Aggregate, window.FirstWeek, values);
    }

    /// <summary>
    /// Returns one series per category or per product, for the <paramref name="top"/> groups with the
    /// most units in the window, largest first (ties by key, ordinal). Groups without a purchase in
    /// the window are left out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="level"/> is <see cref="DemandLevel.Aggregate"/>.</exception>
    public static IReadOnlyList<WeeklySeries> ByGroup(PurchaseLog log, DemandWindow window, DemandLevel level, int top)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        if (level == DemandLevel.Aggregate)
        {
            throw new ArgumentException("Use Aggregate for the aggregate series.", nameof(level));
        }

        var valuesByKey = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (Purchase purchase in log.Purchases)
        {
            int week = window.IndexOf(purchase.Timestamp);
            if (week < 0)
            {
                continue;
            }

            foreach (string key in GroupKeys(log, purchase, level))
            {
                if (!valuesByKey.TryGetValue(key, out double[]? values))
                {
                    values = new double[window.WeekCount];
                    valuesByKey[key] = values;
                }

                values[week] += purchase.Quantity;
            }
        }

        return valuesByKey
            .OrderByDescending(pair => pair.Value.Sum())
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(pair => new WeeklySeries(pair.Key, NameOf(log, pair.Key, level), level, window.FirstWeek, pair.Value))
            .ToArray();
    }

    private static IEnumerable<string> GroupKeys(PurchaseLog log, Purchase purchase, DemandLevel level)
    {
        if (level == DemandLevel.Product)
        {
            return [purchase.ProductId];
        }

        return log.TryGetProduct(purchase.ProductId, out Product? product) ? product.Categories.Distinct() : [];
    }

    private static string NameOf(PurchaseLog log, string key, DemandLevel level) =>
        level == DemandLevel.Product && log.TryGetProduct(key, out Product? product) ? product.Name : key;
}
