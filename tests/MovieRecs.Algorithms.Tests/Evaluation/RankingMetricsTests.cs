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
