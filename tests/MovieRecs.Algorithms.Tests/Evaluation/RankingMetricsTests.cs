using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Tests.Evaluation;

public class RankingMetricsTests
{
    private static readonly HashSet<int> Relevant = [3, 7, 9];

    [Theory]
    [InlineData(new[] { 3, 1, 7, 2, 5 }, 5, 0.4)]
    [InlineData(new[] { 3, 1, 7, 2, 5 }, 1, 1.0)]
    [InlineData(new[] { 3, 1, 7, 2, 5 }, 2, 0.5)]
    [InlineData(new[] { 1, 2 }, 2, 0.0)]
    [InlineData(new[] { 9 }, 4, 0.25)]
    public void PrecisionAtK_SmallLists_MatchHandValues(int[] recommended, int k, double expected)
    {
        Assert.Equal(expected, RankingMetrics.PrecisionAtK(recommended, Relevant, k), 12);
    }

    [Theory]
    [InlineData(new[] { 3, 1, 7, 2, 5 }, 5, 2.0 / 3)]
    [InlineData(new[] { 3, 1, 7, 2, 5 }, 1, 1.0 / 3)]
    [InlineData(new[] { 9, 7, 3 }, 3, 1.0)]
    [InlineData(new int[0], 10, 0.0)]
    public void RecallAtK_SmallLists_MatchHandValues(int[] recommended, int k, double expected)
    {
        Assert.Equal(expected, RankingMetrics.RecallAtK(recommended, Relevant, k), 12);
    }

    [Theory]
    [InlineData(new[] { 3, 1, 7, 2, 5 }, 1, 1.0)]
    [InlineData(new[] { 1, 3 }, 2, 0.38685280723454163)]
    [InlineData(new[] { 1, 2, 4 }, 3, 0.0)]
    [InlineData(new[] { 9, 7, 3, 1 }, 4, 1.0)]
    public void NdcgAtK_SmallLists_MatchHandValues(int[] recommended, int k, double expected)
    {
        // [1, 3] at k = 2: DCG = 1 / log2(3); the ideal list has two hits: 1 + 1 / log2(3).
        Assert.Equal(expected, RankingMetrics.NdcgAtK(recommended, Relevant, k), 12);
    }

    [Fact]
    public void NdcgAtK_HitsAtOneAndThree_MatchesHandValue()
    {
        // DCG = 1 + 1/log2(4) = 1.5; the ideal DCG with min(5, 3) hits = 1 + 1/log2(3) + 1/2.
        double expected = 1.5 / (1.5 + (1 / Math.Log2(3)));

        Assert.Equal(expected, RankingMetrics.NdcgAtK([3, 1, 7, 2, 5], Relevant, 5), 12);
    }

    [Theory]
    [InlineData(new[] { 3, 1, 7, 2, 5 }, 5, (1 + (2.0 / 3)) / 3)]
    [InlineData(new[] { 1, 3 }, 2, 0.25)]
    [InlineData(new[] { 9, 7, 3 }, 3, 1.0)]
    [InlineData(new[] { 1, 2 }, 2, 0.0)]
    public void AveragePrecisionAtK_SmallLists_MatchHandValues(int[] recommended, int k, double expected)
    {
        // [1, 3] at k = 2: one hit at rank 2 with precision 1/2, divided by min(2, 3) = 2.
        Assert.Equal(expected, RankingMetrics.AveragePrecisionAtK(recommended, Relevant, k), 12);
    }

    [Theory]
    [InlineData(new[] { 3, 1 }, 1.0)]
    [InlineData(new[] { 1, 2, 9 }, 1.0 / 3)]
    [InlineData(new[] { 1, 2 }, 0.0)]
    public void ReciprocalRank_SmallLists_MatchHandValues(int[] recommended, double expected)
    {
        Assert.Equal(expected, RankingMetrics.ReciprocalRank(recommended, Relevant), 12);
    }

    [Fact]
    public void NdcgAtK_NoRelevantMovie_ReturnsNaN()
    {
        Assert.True(double.IsNaN(RankingMetrics.NdcgAtK([1, 2], new HashSet<int>(), 2)));
        Assert.True(double.IsNaN(RankingMetrics.AveragePrecisionAtK([1, 2], new HashSet<int>(), 2)));
        Assert.True(double.IsNaN(RankingMetrics.ReciprocalRank([1, 2], new HashSet<int>())));
    }

    [Fact]
    public void PrecisionAtK_NoRelevantMovie_ReturnsNaN()
    {
        Assert.True(double.IsNaN(RankingMetrics.PrecisionAtK([1, 2], new HashSet<int>(), 2)));
    }

    [Fact]
    public void HitsAtK_RepeatedMovie_CountsOnce()
    {
        Assert.Equal(1, RankingMetrics.HitsAtK([3, 3, 3], Relevant, 3));
    }

    [Fact]
    public void PrecisionAtK_ZeroK_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.PrecisionAtK([1], Relevant, 0));
    }
}
