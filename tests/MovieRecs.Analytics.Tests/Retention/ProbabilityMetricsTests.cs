using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Tests.Retention;

public sealed class ProbabilityMetricsTests
{
    // Positives score 0.9 and 0.8, negatives 0.8 and 0.3.
    private static readonly double[] Scores = [0.9, 0.8, 0.8, 0.3];
    private static readonly bool[] Labels = [true, false, true, false];

    [Fact]
    public void RocAuc_RankingWithTies_CountsTieAsHalf()
    {
        // Positive-negative pairs: 0.9>0.8, 0.9>0.3, 0.8=0.8 (one half), 0.8>0.3, so 3.5 of 4.
        double auc = ProbabilityMetrics.RocAuc(Scores, Labels);

        Assert.Equal(0.875, auc, 12);
    }

    [Fact]
    public void RocAuc_PerfectReversedAndTied()
    {
        Assert.Equal(1.0, ProbabilityMetrics.RocAuc([0.9, 0.1], [true, false]), 12);
        Assert.Equal(0.0, ProbabilityMetrics.RocAuc([0.1, 0.9], [true, false]), 12);
        Assert.Equal(0.5, ProbabilityMetrics.RocAuc([0.4, 0.4, 0.4], [true, false, false]), 12);
    }

    [Fact]
    public void RocAuc_SingleClass_IsNaN()
    {
        Assert.True(double.IsNaN(ProbabilityMetrics.RocAuc([0.2, 0.7], [true, true])));
        Assert.True(double.IsNaN(ProbabilityMetrics.RocAuc([0.2, 0.7], [false, false])));
    }

    [Fact]
    public void AveragePrecision_RankingWithTies_GroupsTiedScores()
    {
        // Threshold 0.9: precision 1, recall 1/2. Threshold 0.8 takes both tied rows: 2 of 3 are
        // positive, recall 1. Threshold 0.3 adds no recall. AP = 0.5·1 + 0.5·2/3.
        double averagePrecision = ProbabilityMetrics.AveragePrecision(Scores, Labels);

        Assert.Equal(0.5 + (0.5 * 2 / 3), averagePrecision, 12);
    }

    [Fact]
    public void AveragePrecision_NoPositives_IsNaN()
    {
        Assert.True(double.IsNaN(ProbabilityMetrics.AveragePrecision([0.5], [false])));
    }

    [Fact]
    public void Brier_HandValue()
    {
        // ((0.9 - 1)² + (0.2 - 0)²) / 2 = (0.01 + 0.04) / 2.
        double brier = ProbabilityMetrics.Brier([0.9, 0.2], [true, false]);

        Assert.Equal(0.025, brier, 12);
    }

    [Fact]
    public void Brier_ProbabilityOutsideRange_NamesIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => ProbabilityMetrics.Brier([1.5], [true]));

        Assert.Contains("1.5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalibrationTable_EqualCountBins()
    {
        double[] probabilities = [0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.6];
        bool[] labels = [true, false, true, false, false, true, true];

        IReadOnlyList<CalibrationBin> table = ProbabilityMetrics.CalibrationTable(probabilities, labels, bins: 3);

        // Sorted: 0.1 0.2 | 0.3 0.6 | 0.7 0.8 0.9, split at ⌊7/3⌋ = 2 and ⌊14/3⌋ = 4.
        Assert.Equal([2, 2, 3], table.Select(bin => bin.Count));
        Assert.Equal(0.15, table[0].MeanPredicted, 12);
        Assert.Equal(0.0, table[0].ObservedRate, 12);
        Assert.Equal(0.3, table[1].MinPredicted, 12);
        Assert.Equal(0.6, table[1].MaxPredicted, 12);
        Assert.Equal(1.0, table[1].ObservedRate, 12);
        Assert.Equal(0.8, table[2].MeanPredicted, 12);
        Assert.Equal(2.0 / 3, table[2].ObservedRate, 12);
    }

    [Fact]
    public void CalibrationTable_FewerRowsThanBins_LeavesOutEmptyBins()
    {
        IReadOnlyList<CalibrationBin> table = ProbabilityMetrics.CalibrationTable([0.2, 0.4], [false, true], bins: 10);

        Assert.Equal(2, table.Count);
        Assert.Equal(2, table.Sum(bin => bin.Count));
    }
}
