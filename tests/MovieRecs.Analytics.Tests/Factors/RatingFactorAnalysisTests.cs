using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Factors;

public sealed class RatingFactorAnalysisTests
{
    private static readonly DateTimeOffset Start = new(2023, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static readonly Product[] Catalogue = Enumerable.Range(1, 8)
        .Select(i => new Product($"p{i}", $"Product {i}", [i <= 4 ? "Books" : "Games"]))
        .ToArray();

    // Amount = 2 + 2 for a book + the customer's own offset + noise, at random times over a year.
    private static PurchaseLog Log(int seed = 11, Func<Purchase, Purchase>? change = null)
    {
        var random = new Random(seed);
        var purchases = new List<Purchase>();
        for (int customer = 0; customer < 60; customer++)
        {
            double offset = (random.NextDouble() - 0.5) * 1.5;
            int count = 5 + random.Next(20);
            for (int i = 0; i < count; i++)
            {
                Product product = Catalogue[random.Next(Catalogue.Length)];
                double amount = 2 + (
                    product.Categories[0] == "Books" ? 2 : 0) + offset + ((random.NextDouble() - 0.5) * 1.0);
                var purchase = new Purchase(
                    $"c{customer:D2}",
                    product.ProductId,
                    Start.AddMinutes(random.Next(365 * 24 * 60)),
                    1,
                    Math.Max(0, amount));
                purchases.Add(change is null ? purchase : change(purchase));
            }
        }

        return new PurchaseLog(purchases, Catalogue, [], new LoadReport("test", [], []));
    }

    [Fact]
    public void Run_Synthetic_RecoversCategoryEffect()
    {
        RatingFactorReport report = RatingFactorAnalysis.Run(Log(), new FactorOptions());

        RegressionCoefficient books = report.Fit.Coefficients.Single(
            coefficient => coefficient.Name == "category: Books");
        Assert.InRange(books.Estimate, 1.7, 2.3);
        Assert.True(books.ClusteredLow > 1.0, $"clustered interval {books.ClusteredLow}..{books.ClusteredHigh}");
        Assert.Contains("category: Games", report.Fit.Aliased);
        Assert.True(
            report.TestRmse < report.BaselineRmse,
            $"test RMSE {report.TestRmse} against baseline {report.BaselineRmse}");
    }

    [Fact]
    public void Run_Synthetic_SplitsByTime()
    {
        PurchaseLog log = Log();

        RatingFactorReport report = RatingFactorAnalysis.Run(log, new FactorOptions { TestShare = 0.25 });

        Assert.Equal(log.Purchases.Count, report.TrainingRows + report.TestRows);
        Assert.Equal(log.Purchases.Count(purchase => purchase.Timestamp < report.SplitTime), report.TrainingRows);
        Assert.InRange(report.TestRows, (int)(0.24 * log.Purchases.Count), (int)(0.26 * log.Purchases.Count) + 1);
        Assert.Equal(report.Fit.Rows, report.TrainingRows);
        Assert.Contains(report.ReferenceLevels, level => level.StartsWith("daypart: ", StringComparison.Ordinal));
        Assert.True(report.Segments >= 2);
    }

    [Fact]
    public void Run_TestAmountsChanged_FitUnchanged()
    {
        PurchaseLog log = Log();
        DateTimeOffset split = RatingFactorAnalysis.SplitTime(log, 0.2);
        PurchaseLog changed = Log(
            change: purchase => purchase.Timestamp >= split ? purchase with { Amount = 0 } : purchase);

        RatingFactorReport original = RatingFactorAnalysis.Run(log, new FactorOptions());
        RatingFactorReport withChangedTest = RatingFactorAnalysis.Run(changed, new FactorOptions());

        Assert.Equal(original.Fit.Rows, withChangedTest.Fit.Rows);
        Assert.Equal(
            original.Fit.Coefficients.Select(coefficient => coefficient.Estimate),
            withChangedTest.Fit.Coefficients.Select(coefficient => coefficient.Estimate));
        Assert.Equal(
            original.Fit.Coefficients.Select(coefficient => coefficient.ClusteredStandardError),
            withChangedTest.Fit.Coefficients.Select(coefficient => coefficient.ClusteredStandardError));
        Assert.NotEqual(original.TestRmse, withChangedTest.TestRmse);
    }

    [Fact]
    public void Run_TinyLog_Throws()
    {
        PurchaseLog log = new(
            [new Purchase("a", "p1", Start, 1, 3), new Purchase("b", "p1", Start.AddDays(1), 1, 4)],
            Catalogue,
            [],
            new LoadReport("test", [], []));

        var exception = Assert.Throws<ArgumentException>(() => RatingFactorAnalysis.Run(log, new FactorOptions()));

        Assert.Contains("needs at least 10", exception.Message, StringComparison.Ordinal);
    }
}
