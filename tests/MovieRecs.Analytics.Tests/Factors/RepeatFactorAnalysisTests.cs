using System.Text.Json;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Tests.Factors;

public sealed class RepeatFactorAnalysisTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly FactorOptions Quick = new() { PermutationRepeats = 10, BootstrapSamples = 30 };

    [Fact]
    public void Run_Synthetic_ReportsEveryFeature()
    {
        RepeatFactorReport report = RepeatFactorAnalysis.Run(SyntheticPurchases.Create(), Quick);

        Assert.Equal(CustomerFeatures.FeatureNames, report.Factors.Select(factor => factor.Feature));
        Assert.True(report.Converged);
        Assert.NotNull(report.TestPositives);
        Assert.InRange(report.RocAuc!.Value, 0.6, 1.0);
        Assert.InRange(report.CoefficientRocAuc!.Value, 0.6, 1.0);
        Assert.All(report.Factors, factor => Assert.Equal(10, factor.RocAucDrop!.Count));
        Assert.All(report.Factors.Where(factor => factor.Coefficient is not null), factor =>
        {
            Assert.InRange(factor.Coefficient!.Value, factor.WaldLow!.Value, factor.WaldHigh!.Value);
            Assert.True(factor.BootstrapLow <= factor.BootstrapHigh);
            Assert.Equal(Math.Exp(factor.Coefficient.Value), factor.OddsRatio!.Value, 12);
        });
    }

    [Fact]
    public void Run_Synthetic_OverdueCustomersAreLessLikely()
    {
        // The synthetic customers buy at a steady weekly rate until they stop, so a customer whose
        // silence is long against their own rhythm has most likely stopped.
        RepeatFactorReport report = RepeatFactorAnalysis.Run(SyntheticPurchases.Create(), Quick);

        RepeatFactor overdue = report.Factors.Single(factor => factor.Feature == "logRecencyOverMeanInterval");
        Assert.True(overdue.WaldHigh < 0, $"Wald interval {overdue.WaldLow}..{overdue.WaldHigh}");
        Assert.True(overdue.BootstrapHigh < 0, $"bootstrap interval {overdue.BootstrapLow}..{overdue.BootstrapHigh}");
        Assert.Equal(overdue, report.Factors.MaxBy(factor => factor.RocAucDrop!.Mean));
        Assert.True(
            overdue.RocAucDrop!.Low > 0,
            $"AUC drop interval {overdue.RocAucDrop.Low}..{overdue.RocAucDrop.High}");
    }

    [Fact]
    public void Run_HorizonPastTheData_LeavesImportanceOut()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        var options = Quick with { Cutoff = RepeatPurchaseForecaster.ObservedEnd(log) };

        RepeatFactorReport report = RepeatFactorAnalysis.Run(log, options);

        Assert.Null(report.TestPositives);
        Assert.Null(report.RocAuc);
        Assert.All(report.Factors, factor => Assert.Null(factor.RocAucDrop));
        Assert.All(
            report.Factors.Where(factor => factor.Coefficient is not null),
            factor => Assert.NotNull(factor.StandardError));
    }

    [Fact]
    public void FactorAnalyzer_Synthetic_RunsEveryPartAndSerializes()
    {
        FactorReport report = FactorAnalyzer.Run(SyntheticPurchases.Create(), Quick);

        Assert.NotNull(report.Repeat);
        Assert.NotNull(report.Rating);
        Assert.Empty(report.Skipped);
        Assert.Equal(report.Segments.Count * SyntheticPurchases.CategoryNames.Length, report.CategoryLifts.Count);
        Assert.All(report.CategoryLifts, lift => Assert.NotNull(lift.Significant));
        string json = JsonSerializer.Serialize(report, Json);
        Assert.Contains("\"categoryLifts\"", json, StringComparison.Ordinal);
    }
}
