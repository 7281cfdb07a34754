using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests;

/// <summary>
/// A seeded synthetic purchase log for tests: customers who join at random weeks, buy at their own
/// weekly rate with a yearly cycle (±50%) and stop at a random week; 40 products in four categories.
/// </summary>
internal static class SyntheticPurchases
{
    /// <summary>The Monday, 00:00 UTC, that starts the first week.</summary>
    public static readonly DateTimeOffset Start = new(2021, 1, 4, 0, 0, 0, TimeSpan.Zero);

    public static readonly string[] CategoryNames = ["Books", "Games", "Garden", "Music"];

    public static IReadOnlyList<Product> Catalogue { get; } = Enumerable.Range(1, 40)
        .Select(i => new Product(
            $"p{i:D2}",
            $"Product {i}",
            i % 5 == 0 ? [CategoryNames[i % 4], CategoryNames[(i + 1) % 4]] : [CategoryNames[i % 4]]))
        .ToArray();

    public static PurchaseLog Create(int customers = 150, int weeks = 130, int seed = 7)
    {
        var random = new Random(seed);
        var purchases = new List<Purchase>();
        for (int customer = 0; customer < customers; customer++)
        {
            double rate = 0.2 + (random.NextDouble() * 2.5);
            int firstWeek = random.Next(0, weeks / 2);
            int lastWeek = Math.Min(weeks - 1, firstWeek + 10 + random.Next(0, weeks));
            for (int week = firstWeek; week <= lastWeek; week++)
            {
                double season = 1 + (0.5 * Math.Sin(2 * Math.PI * week / 52.0));
                int count = Poisson(random, rate * season);
                for (int i = 0; i < count; i++)
                {
                    DateTimeOffset time = Start.AddDays((7 * week) + random.Next(0, 7)).AddSeconds(random.Next(0, 86_400));
                    Product product = Catalogue[random.Next(Catalogue.Count)];
                    purchases.Add(new Purchase($"c{customer:D3}", product.ProductId, time, 1, 1 + random.Next(0, 5)));
                }
            }
        }

        return new PurchaseLog(purchases, Catalogue, [], new LoadReport("synthetic", [], []));
    }

    // Knuth's method, fine for the small means used here.
    private static int Poisson(Random random, double mean)
    {
        double limit = Math.Exp(-mean);
        double product = random.NextDouble();
        int count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
