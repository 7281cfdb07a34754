using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Tests.Evaluation;

public class PairedComparisonTests
{
    private static ModelEvaluation WithUsers(string model, params double?[] precision) => new(
        model, "split", null, null, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        [],
        new Dictionary<string, ConfidenceInterval?>(),
        [],
        [],
        precision.Select((value, index) => new UserMetrics(index + 1, 5, 1, 0, 0, 0, value is null ? 0 : 1, value, value, value)).ToArray());

    [Fact]
    public void Compare_FourUsers_MatchesHandTStatistic()
    {
        ModelEvaluation a = WithUsers("a", 0.3, 0.2, 0.4, 0.1);
        ModelEvaluation b = WithUsers("b", 0.1, 0.1, 0.1, 0.1);

        PairedComparison result = PairedComparison.Compare(a, b, "precisionAtK", user => user.PrecisionAtK);

        // Differences 0.2, 0.1, 0.3, 0.0: mean 0.15, sample variance 0.05 / 3, so
        // t = 0.15 / sqrt(0.05 / 12) = 2.3238 with 3 degrees of freedom.
        Assert.Equal(4, result.Users);
        Assert.Equal(0.15, result.Difference.Estimate, 12);
        Assert.Equal(0.15 / Math.Sqrt(0.05 / 12), result.TStatistic, 9);
        Assert.InRange(result.PValue, 0.09, 0.11);
    }

    [Fact]
    public void Compare_UserWithoutValue_IsLeftOut()
    {
        ModelEvaluation a = WithUsers("a", 0.3, null, 0.4);
        ModelEvaluation b = WithUsers("b", 0.1, 0.5, 0.1);

        PairedComparison result = PairedComparison.Compare(a, b, "precisionAtK", user => user.PrecisionAtK);

        Assert.Equal(2, result.Users);
    }

    [Fact]
    public void Compare_IdenticalModels_GivesPValueOne()
    {
        ModelEvaluation a = WithUsers("a", 0.3, 0.2);

        PairedComparison result = PairedComparison.Compare(a, a, "precisionAtK", user => user.PrecisionAtK);

        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.TStatistic);
    }

    [Fact]
    public void Compare_DifferentSplits_Throws()
    {
        ModelEvaluation a = WithUsers("a", 0.3, 0.2);
        ModelEvaluation b = WithUsers("b", 0.3, 0.2) with { Split = "other" };

        var exception = Assert.Throws<ArgumentException>(() => PairedComparison.Compare(a, b, "precisionAtK", user => user.PrecisionAtK));

        Assert.Contains("other", exception.Message, StringComparison.Ordinal);
    }
}
