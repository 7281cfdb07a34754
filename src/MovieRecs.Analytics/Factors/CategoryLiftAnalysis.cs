using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Computes the lift of every category in every segment, with percentile intervals from a
/// bootstrap over customers.
/// </summary>
/// <remarks>
/// A purchase counts once in each category of its product, as in the weekly demand per category, so
/// the shares of one segment can add up to more than 1. The bootstrap resamples each segment's
/// customers with replacement, keeping every segment's size, and recomputes both shares from the
/// resample. It resamples customers rather than purchases because one customer's purchases are not
/// independent. Only customers with a segment count, in the overall share too. A segment of fewer
/// than <see cref="MinimumBootstrapCustomers"/> customers gets no interval, because resampling so
/// few customers cannot show how much customers differ.
/// </remarks>
public static class CategoryLiftAnalysis
{
    /// <summary>The minimum number of customers of a segment for its lifts to get an interval.</summary>
    public const int MinimumBootstrapCustomers = 5;

    /// <summary>Computes the lifts, ordered by segment id and then by lift, highest first.</summary>
    /// <param name="log">The purchases.</param>
    /// <param name="segmentOf">The segment of each customer; customers missing here are left out.</param>
    /// <param name="segmentNames">The name of each segment id.</param>
    /// <param name="bootstrapSamples">The resamples; 0 leaves the intervals out.</param>
    /// <param name="seed">The seed of the resampling.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bootstrapSamples"/> is negative.</exception>
    public static IReadOnlyList<CategoryLift> Compute(
        PurchaseLog log,
        IReadOnlyDictionary<string, int> segmentOf,
        IReadOnlyDictionary<int, string> segmentNames,
        int bootstrapSamples,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(segmentOf);
        ArgumentNullException.ThrowIfNull(segmentNames);
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrapSamples);

        string[] customers = log.CustomerIds.Where(segmentOf.ContainsKey).ToArray();
        string[] categories = customers
            .SelectMany(log.GetPurchases)
            .SelectMany(purchase => CategoriesOf(log, purchase))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (customers.Length == 0 || categories.Length == 0)
        {
            return [];
        }

        var categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string category in categories)
        {
            categoryIndex[category] = categoryIndex.Count;
        }

        CustomerCounts[] counts = customers.Select(customer => Count(log, customer, categoryIndex)).ToArray();
        int[] segmentIds = customers.Select(customer => segmentOf[customer]).Distinct().Order().ToArray();
        int[][] members = segmentIds
            .Select(segment => Enumerable.Range(0, customers.Length)
                .Where(index => segmentOf[customers[index]] == segment)
                .ToArray())
            .ToArray();

        double[,] lifts = Lifts(
            counts,
            members,
            categories.Length,
            identity: true,
            random: null,
            out double[,] segmentTotals,
            out double[] overallTotals);
        var samples = new double[segmentIds.Length, categories.Length][];
        var random = new Random(seed);
        for (int sample = 0; sample < bootstrapSamples; sample++)
        {
            double[,] resampled = Lifts(counts, members, categories.Length, identity: false, random, out _, out _);
            for (int segment = 0; segment < segmentIds.Length; segment++)
            {
                for (int category = 0; category < categories.Length; category++)
                {
                    samples[segment, category] ??= new double[bootstrapSamples];
                    samples[segment, category][sample] = resampled[segment, category];
                }
            }
        }

        double allPurchases = overallTotals[^1];
        var results = new List<CategoryLift>(segmentIds.Length * categories.Length);
        for (int segment = 0; segment < segmentIds.Length; segment++)
        {
            double segmentPurchases = segmentTotals[segment, categories.Length];
            var rows = new List<CategoryLift>(categories.Length);
            for (int category = 0; category < categories.Length; category++)
            {
                bool hasInterval = bootstrapSamples > 0 && members[segment].Length >= MinimumBootstrapCustomers;
                DistributionSummary? interval = hasInterval ? DistributionSummary.Of(samples[segment, category]) : null;
                rows.Add(new CategoryLift(
                    segmentIds[segment],
                    segmentNames.GetValueOrDefault(segmentIds[segment], string.Empty),
                    categories[category],
                    (int)segmentTotals[segment, category],
                    segmentTotals[segment, category] / segmentPurchases,
                    overallTotals[category] / allPurchases,
                    lifts[segment, category],
                    interval?.Low,
                    interval?.High,
                    interval is null ? null : interval.Low > 1 || interval.High < 1));
            }

            results.AddRange(rows
                .OrderByDescending(row => row.Lift)
                .ThenBy(row => row.Category, StringComparer.Ordinal));
        }

        return results;
    }

    /// <summary>
    /// Returns the lift of each segment and category for the customers drawn: all members once when
    /// <paramref name="identity"/> is set, else as many draws with replacement per segment as it has
    /// members. The totals have one extra column (segments) or entry (overall) with all purchases.
    /// </summary>
    private static double[,] Lifts(
        CustomerCounts[] counts,
        int[][] members,
        int categoryCount,
        bool identity,
        Random? random,
        out double[,] segmentTotals,
        out double[] overallTotals)
    {
        segmentTotals = new double[members.Length, categoryCount + 1];
        overallTotals = new double[categoryCount + 1];
        for (int segment = 0; segment < members.Length; segment++)
        {
            int[] group = members[segment];
            for (int draw = 0; draw < group.Length; draw++)
            {
                CustomerCounts customer = counts[identity ? group[draw] : group[random!.Next(group.Length)]];
                segmentTotals[segment, categoryCount] += customer.Purchases;
                foreach ((int category, int count) in customer.ByCategory)
                {
                    segmentTotals[segment, category] += count;
                }
            }

            for (int category = 0; category <= categoryCount; category++)
            {
                overallTotals[category] += segmentTotals[segment, category];
            }
        }

        var lifts = new double[members.Length, categoryCount];
        for (int segment = 0; segment < members.Length; segment++)
        {
            for (int category = 0; category < categoryCount; category++)
            {
                double segmentShare = segmentTotals[segment, category] / segmentTotals[segment, categoryCount];
                double overallShare = overallTotals[category] / overallTotals[categoryCount];

                // A resample without any purchase in the category has no overall share to divide by.
                lifts[segment, category] = overallShare > 0 ? segmentShare / overallShare : double.NaN;
            }
        }

        return lifts;
    }

    private static CustomerCounts Count(PurchaseLog log, string customerId, Dictionary<string, int> categoryIndex)
    {
        IReadOnlyList<Purchase> purchases = log.GetPurchases(customerId);
        var byCategory = new Dictionary<int, int>();
        foreach (Purchase purchase in purchases)
        {
            foreach (string category in CategoriesOf(log, purchase))
            {
                int index = categoryIndex[category];
                byCategory[index] = byCategory.GetValueOrDefault(index) + 1;
            }
        }

        return new CustomerCounts(purchases.Count, byCategory.Select(pair => (pair.Key, pair.Value)).ToArray());
    }

    private static IEnumerable<string> CategoriesOf(PurchaseLog log, Purchase purchase) =>
        log.TryGetProduct(purchase.ProductId, out Product? product)
            ? product.Categories.Distinct(StringComparer.Ordinal)
            : [];

    private sealed record CustomerCounts(int Purchases, (int Category, int Count)[] ByCategory);
}
