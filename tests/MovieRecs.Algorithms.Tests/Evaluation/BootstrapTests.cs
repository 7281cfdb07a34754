using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Tests.Evaluation;

public class BootstrapTests
{
    [Fact]
    public void MeanInterval_ConstantSample_HasZeroWidth()
    {
        ConfidenceInterval? interval = Bootstrap.MeanInterval([0.3, 0.3, 0.3, 0.3]);

        Assert.NotNull(interval);
        Assert.Equal(0.3, interval.Estimate, 12);
        Assert.Equal(0.3, interval.Lower, 12);
        Assert.Equal(0.3, interval.Upper, 12);
    }

    [Fact]
    public void MeanInterval_SpreadSample_BracketsTheMean()
    {
        double[] values = Enumerable.Range(0, 200).Select(index => (index % 10) / 10.0).ToArray();

        ConfidenceInterval interval = Bootstrap.MeanInterval(values)!;

        // The mean is 0.45 and the standard error sqrt(0.0825 / 200) = 0.0203, so a 95% interval
        // spans roughly 0.41 to 0.49.
        Assert.Equal(0.45, interval.Estimate, 12);
        Assert.InRange(interval.Lower, 0.40, 0.43);
        Assert.InRange(interval.Upper, 0.47, 0.50);
    }

    [Fact]
    public void MeanInterval_SameSeed_IsRepeatable()
    {
        double[] values = [0.1, 0.5, 0.2, 0.9, 0.0, 0.4];

        Assert.Equal(Bootstrap.MeanInterval(values, seed: 7), Bootstrap.MeanInterval(values, seed: 7));
    }

    [Fact]
    public void MeanInterval_EmptySample_ReturnsNull()
    {
        Assert.Null(Bootstrap.MeanInterval([]));
    }

    [Fact]
    public void RatioInterval_PooledErrors_TransformsEstimate()
    {
        // Squared errors 4 over 1 rating and 0 over 3 ratings: pooled MSE 1, RMSE 1.
        ConfidenceInterval interval = Bootstrap.RatioInterval([4.0, 0.0], [1.0, 3.0], transform: Math.Sqrt)!;

        Assert.Equal(1.0, interval.Estimate, 12);
        Assert.InRange(interval.Lower, 0.0, 1.0);
        Assert.InRange(interval.Upper, 1.0, 2.0);
    }

    [Fact]
    public void RatioInterval_LengthMismatch_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Bootstrap.RatioInterval([1.0], [1.0, 2.0]));

        Assert.Contains("1 values but the denominators 2", exception.Message, StringComparison.Ordinal);
    }
}
