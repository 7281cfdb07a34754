using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Tests.Retention;

public sealed class RepeatPurchaseForecasterTests
{
    private static readonly DateTimeOffset Monday = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AtCutoff_LabelWindowIsHalfOpen()
    {
        Product[] catalogue = [new("p1", "Tea", ["Drinks"])];
        Purchase[] purchases =
        [
            new("early", "p1", Monday, 1, 1),
            new("early", "p1", Monday.AddDays(10), 1, 1),
            new("late", "p1", Monday, 1, 1),
            new("late", "p1", Monday.AddDays(40), 1, 1),
        ];
        var log = new PurchaseLog(purchases, catalogue, [], new LoadReport("test", [], []));

        IReadOnlyList<RepeatPurchaseExample> examples = RepeatPurchaseExamples.AtCutoff(log, Monday.AddDays(10), TimeSpan.FromDays(30));

        Assert.Equal(["early", "late"], examples.Select(example => example.Features.CustomerId));
        Assert.True(examples[0].Returned, "a purchase at the cutoff counts");
        Assert.False(examples[1].Returned, "a purchase at cutoff + horizon does not count");
    }

    [Fact]
    public void TrainingCutoffs_FirstWindowEndsAtTestCutoff()
    {
        IReadOnlyList<DateTimeOffset> cutoffs = RepeatPurchaseExamples.TrainingCutoffs(
            Monday, TimeSpan.FromDays(30), 3, TimeSpan.FromDays(7));

        Assert.Equal([Monday.AddDays(-30), Monday.AddDays(-37), Monday.AddDays(-44)], cutoffs);
    }

    [Fact]
    public void Run_Synthetic_ReportsMetricsAndSortsByRisk()
    {
        PurchaseLog log = SyntheticPurchases.Create();

        RepeatPurchaseReport report = RepeatPurchaseForecaster.Run(log, null, new RepeatPurchaseOptions());

        Assert.True(report.Labelled);
        Assert.Equal(RepeatPurchaseForecaster.ObservedEnd(log) - TimeSpan.FromDays(30), report.Cutoff);
        Assert.Equal(12, report.TrainingCutoffs.Count);
        Assert.True(report.TrainingCutoffs[^1] + TimeSpan.FromDays(30) <= report.Cutoff);
        Assert.InRange(report.RocAuc!.Value, 0.6, 1.0);
        Assert.InRange(report.PrAuc!.Value, 0.0, 1.0);
        Assert.InRange(report.Brier!.Value, 0.0, 0.25);
        Assert.NotNull(report.BaselineRocAuc);
        Assert.Equal(10, report.Calibration.Count);
        Assert.Equal(report.Customers, report.Calibration.Sum(bin => bin.Count));
        Assert.Equal(report.Customers, report.Probabilities.Count);
        Assert.Equal(CustomerFeatures.FeatureNames.Count, report.Weights!.Count);
        double[] probabilities = report.Probabilities.Select(customer => customer.Probability).ToArray();
        Assert.Equal(probabilities.Order(), probabilities);
        Assert.All(report.Probabilities, customer => Assert.NotNull(customer.Returned));
    }

    [Fact]
    public void Run_FastTree_GivesProbabilities()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        var options = new RepeatPurchaseOptions { Model = RepeatPurchaseModelKind.FastTree };

        RepeatPurchaseReport report = RepeatPurchaseForecaster.Run(log, null, options);

        Assert.Null(report.Weights);
        Assert.All(report.Probabilities, customer => Assert.InRange(customer.Probability, 0.0, 1.0));
        Assert.NotNull(report.RocAuc);
    }

    [Fact]
    public void Run_HorizonPastTheData_ScoresWithoutMetrics()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        DateTimeOffset cutoff = RepeatPurchaseForecaster.ObservedEnd(log) - TimeSpan.FromDays(5);

        RepeatPurchaseReport report = RepeatPurchaseForecaster.Run(log, cutoff, new RepeatPurchaseOptions());

        Assert.False(report.Labelled);
        Assert.Null(report.RocAuc);
        Assert.Null(report.BaselineRocAuc);
        Assert.Empty(report.Calibration);
        Assert.NotEmpty(report.Probabilities);
        Assert.All(report.Probabilities, customer => Assert.Null(customer.Returned));
    }

    [Fact]
    public void Run_MaxRecency_ScoresOnlyRecentCustomers()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        var options = new RepeatPurchaseOptions { MaxRecency = TimeSpan.FromDays(60) };

        RepeatPurchaseReport report = RepeatPurchaseForecaster.Run(log, null, options);

        Assert.Equal(60.0, report.MaxRecencyDays);
        Assert.All(report.Probabilities, customer => Assert.InRange(customer.RecencyDays, 0.0, 60.0));
    }

    [Fact]
    public void Run_CutoffBeforeFirstPurchase_Throws()
    {
        PurchaseLog log = SyntheticPurchases.Create();

        var exception = Assert.Throws<ArgumentException>(
            () => RepeatPurchaseForecaster.Run(log, log.FirstPurchase, new RepeatPurchaseOptions()));

        Assert.Contains("not after the first purchase", exception.Message, StringComparison.Ordinal);
    }

    [RequiresLatestSmallFact]
    public void Run_LatestSmall_BeatsRecencyBaseline()
    {
        PurchaseLog log = MovieLensPurchases.FromDataset(MovieLensLoader.Load(DataSets.LatestSmall!));

        RepeatPurchaseReport report = RepeatPurchaseForecaster.Run(log, null, new RepeatPurchaseOptions());

        Assert.Equal(new DateTimeOffset(2018, 8, 26, 0, 0, 0, TimeSpan.Zero), report.Cutoff);
        Assert.True(report.Labelled);
        Assert.True(report.RocAuc > report.BaselineRocAuc, $"ROC AUC {report.RocAuc} against baseline {report.BaselineRocAuc}");
        Assert.True(report.PrAuc > report.BaselinePrAuc, $"PR AUC {report.PrAuc} against baseline {report.BaselinePrAuc}");
        Assert.True(report.Brier < report.BaselineBrier, $"Brier {report.Brier} against baseline {report.BaselineBrier}");
    }
}
