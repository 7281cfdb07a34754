using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Tests.Evaluation;

public class RatingMetricsTests
{
    [Fact]
    public void Rmse_ThreePairs_MatchesHandValue()
    {
        // Errors 1, -2, 0.5: squares sum to 5.25.
        double? rmse = RatingMetrics.Rmse([(4.0, 3.0), (2.0, 4.0), (3.5, 3.0)]);

        Assert.Equal(Math.Sqrt(5.25 / 3), rmse!.Value, 12);
    }

    [Fact]
    public void Mae_ThreePairs_MatchesHandValue()
    {
        double? mae = RatingMetrics.Mae([(4.0, 3.0), (2.0, 4.0), (3.5, 3.0)]);

        Assert.Equal(3.5 / 3, mae!.Value, 12);
    }

    [Fact]
    public void Rmse_NoPairs_ReturnsNull()
    {
        Assert.Null(RatingMetrics.Rmse([]));
    }
}
