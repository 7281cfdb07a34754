using MovieRecs.Analytics.Customers;

namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// Turns customer features into the scaled matrix that k-means clusters.
/// </summary>
/// <remarks>
/// <para>
/// Behaviour: log(1 + x) of recency, frequency, monetary value and tenure (they are heavy-tailed),
/// the mean amount per line, log(1 + median gap between purchase days), the shares of lines at night
/// (0-6 h UTC), in the morning (6-12), afternoon (12-18) and evening (18-24), the weekend share, the
/// shares of the most bought categories and of each sales channel. Demographics where any customer
/// has them: age, and gender and occupation one-hot. A customer with fewer than two purchase days
/// has no gap; it gets the median gap of the others. A missing age gets the mean age.
/// </para>
/// <para>
/// Every column is standardized (z-score) and columns without variance are dropped. Then each block
/// of columns is weighted so that one-hot groups with many columns do not outweigh the rest: each
/// RFM-like column counts 1, and the time-of-day block counts 2, the categories 3, the channels 1,
/// age 1, gender 1 and occupation 1 in total variance, spread evenly over the block's columns.
/// These weights are a design choice, not fitted.
/// </para>
/// </remarks>
public static class FeatureMatrixBuilder
{
    /// <summary>The most categories that get a column, by total weight over all customers.</summary>
    public const int MaxCategories = 20;

    private static readonly (string Name, int FromHour, int ToHour)[] Dayparts =
    [
        ("night", 0, 6), ("morning", 6, 12), ("afternoon", 12, 18), ("evening", 18, 24),
    ];

    /// <summary>Builds the matrix of <paramref name="customers"/>, in their order.</summary>
    /// <param name="customers">The features of each customer; at least one.</param>
    /// <param name="useDemographics">Whether to add the demographic columns where the data has them.</param>
    /// <exception cref="ArgumentException"><paramref name="customers"/> is empty.</exception>
    public static FeatureMatrix Build(IReadOnlyList<CustomerFeatures> customers, bool useDemographics = true)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (customers.Count == 0)
        {
            throw new ArgumentException("There are no customers to build features for.", nameof(customers));
        }

        var blocks = new List<FeatureBlock>
        {
            Single("log recency days", customers, c => Math.Log(1 + c.RecencyDays)),
            Single("log frequency", customers, c => Math.Log(1 + c.Frequency)),
            Single("log monetary", customers, c => Math.Log(1 + c.Monetary)),
            Single("log tenure days", customers, c => Math.Log(1 + c.TenureDays)),
            Single("mean amount", customers, c => c.MeanAmount),
            Single("log median interval days", customers, MedianIntervalImputer(customers)),
            TimeOfDay(customers),
            Shares("category: ", 3, customers, c => c.CategoryShares, MaxCategories),
            Shares("channel: ", 1, customers, c => c.ChannelShares, int.MaxValue),
        };
        if (useDemographics && customers.Any(c => c.Demographics is not null))
        {
            blocks.AddRange(Demographics(customers));
        }

        return Scale(customers, blocks);
    }

    /// <summary>Returns the daypart names in hour order: night, morning, afternoon, evening.</summary>
    public static IReadOnlyList<string> DaypartNames { get; } = Dayparts.Select(part => part.Name).ToArray();

    /// <summary>Returns a customer's share of lines in each daypart, in <see cref="DaypartNames"/> order.</summary>
    public static double[] DaypartShares(CustomerFeatures customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return Dayparts
            .Select(part => Enumerable.Range(part.FromHour, part.ToHour - part.FromHour).Sum(hour => customer.HourShares[hour]))
            .ToArray();
    }

    private static FeatureBlock Single(string name, IReadOnlyList<CustomerFeatures> customers, Func<CustomerFeatures, double> value) =>
        new([name], 1.0, customers.Select(c => new[] { value(c) }).ToArray());

    private static Func<CustomerFeatures, double> MedianIntervalImputer(IReadOnlyList<CustomerFeatures> customers)
    {
        double[] known = customers
            .Where(c => c.MedianIntervalDays is not null)
            .Select(c => c.MedianIntervalDays!.Value)
            .ToArray();
        double fallback = known.Length > 0 ? CustomerFeatureBuilder.Median(known) : 0;
        return c => Math.Log(1 + (c.MedianIntervalDays ?? fallback));
    }

    private static FeatureBlock TimeOfDay(IReadOnlyList<CustomerFeatures> customers)
    {
        string[] names = [.. Dayparts.Select(part => $"share {part.Name} ({part.FromHour}-{part.ToHour} h)"), "share weekend"];
        double[][] values = customers.Select(c => (double[])[.. DaypartShares(c), c.WeekendShare]).ToArray();
        return new FeatureBlock(names, 2.0, values);
    }

    private static FeatureBlock Shares(
        string prefix,
        double blockVariance,
        IReadOnlyList<CustomerFeatures> customers,
        Func<CustomerFeatures, IReadOnlyDictionary<string, double>> shares,
        int maxColumns)
    {
        string[] keys = customers
            .SelectMany(c => shares(c))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(group => (Key: group.Key, Total: group.Sum(pair => pair.Value)))
            .OrderByDescending(entry => entry.Total)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(maxColumns)
            .Select(entry => entry.Key)
            .ToArray();
        double[][] values = customers
            .Select(c => keys.Select(key => shares(c).GetValueOrDefault(key)).ToArray())
            .ToArray();
        return new FeatureBlock(keys.Select(key => prefix + key).ToArray(), blockVariance, values);
    }

    private static IEnumerable<FeatureBlock> Demographics(IReadOnlyList<CustomerFeatures> customers)
    {
        double[] ages = customers.Where(c => c.Demographics?.Age is not null).Select(c => (double)c.Demographics!.Age!.Value).ToArray();
        if (ages.Length > 0)
        {
            double meanAge = ages.Average();
            yield return Single("age", customers, c => c.Demographics?.Age ?? meanAge);
        }

        yield return OneHot("gender: ", customers, c => c.Demographics?.Gender);
        yield return OneHot("occupation: ", customers, c => c.Demographics?.Occupation);
    }

    private static FeatureBlock OneHot(string prefix, IReadOnlyList<CustomerFeatures> customers, Func<CustomerFeatures, string?> label)
    {
        string[] labels = customers
            .Select(label)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        double[][] values = customers
            .Select(c => labels.Select(value => string.Equals(label(c), value, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray())
            .ToArray();
        return new FeatureBlock(labels.Select(value => prefix + value).ToArray(), 1.0, values);
    }

    private static FeatureMatrix Scale(IReadOnlyList<CustomerFeatures> customers, List<FeatureBlock> blocks)
    {
        var names = new List<string>();
        var columns = new List<double[]>();
        foreach (FeatureBlock block in blocks)
        {
            var standardized = new List<(string Name, double[] Values)>();
            for (int j = 0; j < block.Names.Length; j++)
            {
                double[] column = block.Values.Select(row => row[j]).ToArray();
                if (Standardize(column) is { } scaled)
                {
                    standardized.Add((block.Names[j], scaled));
                }
            }

            // Each kept column has variance 1, so this factor gives the block its total variance.
            double weight = standardized.Count == 0 ? 0 : Math.Sqrt(block.Variance / standardized.Count);
            foreach ((string name, double[] values) in standardized)
            {
                names.Add(name);
                columns.Add(values.Select(value => value * weight).ToArray());
            }
        }

        double[][] rows = Enumerable.Range(0, customers.Count)
            .Select(i => columns.Select(column => column[i]).ToArray())
            .ToArray();
        return new FeatureMatrix(customers.Select(c => c.CustomerId).ToArray(), names, rows);
    }

    // Population standard deviation; null for a constant column, which carries no information.
    private static double[]? Standardize(double[] column)
    {
        double mean = column.Average();
        double variance = column.Sum(value => (value - mean) * (value - mean)) / column.Length;
        if (!(variance > 1e-12))
        {
            return null;
        }

        double sd = Math.Sqrt(variance);
        return column.Select(value => (value - mean) / sd).ToArray();
    }

    private sealed record FeatureBlock(string[] Names, double Variance, double[][] Values);
}
