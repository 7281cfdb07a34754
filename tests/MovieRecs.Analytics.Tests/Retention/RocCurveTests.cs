using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Tests.Retention;

public sealed class RocCurveTests
{
    // Positives score 0.9 and 0.8, negatives 0.8 and 0.3.
    private static readonly double[] Scores = [0.9, 0.8, 0.8, 0.3];
    private static readonly bool[] Labels = [true, false, true, false];

    [Fact]
    public void Compute_RankingWithTies_StepsOncePerScore()
    {
        // 0.9 takes one of two positives; 0.8 takes the second positive and the first negative
        // together; 0.3 takes the second negative.
        IReadOnlyList<RocPoint> curve = RocCurve.Compute(Scores, Labels);

        Assert.Equal(
            [new RocPoint(0, 0), new RocPoint(0, 0.5), new RocPoint(0.5, 1), new RocPoint(1, 1)],
            curve);
    }

    [Fact]
    public void Compute_TrapezoidArea_EqualsRocAuc()
    {
        double[] scores = [0.95, 0.9, 0.9, 0.7, 0.6, 0.6, 0.4, 0.2, 0.2, 0.1];
        bool[] labels = [true, false, true, true, false, true, false, true, false, false];

        IReadOnlyList<RocPoint> curve = RocCurve.Compute(scores, labels);
        double area = 0;
        for (int i = 1; i < curve.Count; i++)
        {
            double width = curve[i].FalsePositiveRate - curve[i - 1].FalsePositiveRate;
            area += width * (curve[i].TruePositiveRate + curve[i - 1].TruePositiveRate) / 2;
        }

        Assert.Equal(ProbabilityMetrics.RocAuc(scores, labels), area, 12);
    }

    [Fact]
    public void Compute_SingleClass_ReturnsEmpty()
    {
        Assert.Empty(RocCurve.Compute([0.2, 0.7], [true, true]));
        Assert.Empty(RocCurve.Compute([0.2, 0.7], [false, false]));
    }

    [Fact]
    public void Compute_NaNScore_Throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => RocCurve.Compute([0.2, double.NaN], [true, false]));

        Assert.Contains("Score 1 is NaN", error.Message, StringComparison.Ordinal);
    }
}
