using MovieRecs.Algorithms.Tuning;

namespace MovieRecs.Algorithms.Tests.Tuning;

public class ParameterRangeTests
{
    private const int Draws = 20_000;

    [Fact]
    public void Sample_LogUniform_StaysWithinBounds()
    {
        var range = new ParameterRange(1e-4, 1, ParameterScale.LogUniform);
        var random = new Random(3);

        double[] draws = Enumerable.Range(0, Draws).Select(_ => range.Sample(random, ParameterKind.Real)).ToArray();

        Assert.True(draws.Min() >= 1e-4, $"smallest draw {draws.Min()}");
        Assert.True(draws.Max() <= 1, $"largest draw {draws.Max()}");
    }

    [Fact]
    public void Sample_LogUniform_SpreadsEvenlyPerDecade()
    {
        // The range spans four decades, so a log-uniform draw falls below 1e-2, the geometric midpoint,
        // half the time and below 1e-3 a quarter of the time. A uniform draw would fall below 1e-2 1 % of the time.
        var range = new ParameterRange(1e-4, 1, ParameterScale.LogUniform);
        var random = new Random(3);

        double[] draws = Enumerable.Range(0, Draws).Select(_ => range.Sample(random, ParameterKind.Real)).ToArray();

        double belowMidpoint = draws.Count(draw => draw < 1e-2) / (double)Draws;
        double lowestDecade = draws.Count(draw => draw < 1e-3) / (double)Draws;
        Assert.InRange(belowMidpoint, 0.48, 0.52);
        Assert.InRange(lowestDecade, 0.23, 0.27);
    }

    [Fact]
    public void Sample_Uniform_SpreadsEvenly()
    {
        var range = new ParameterRange(0, 0.5);
        var random = new Random(3);

        double[] draws = Enumerable.Range(0, Draws).Select(_ => range.Sample(random, ParameterKind.Real)).ToArray();

        Assert.InRange(draws.Count(draw => draw < 0.25) / (double)Draws, 0.48, 0.52);
        Assert.True(draws.Min() >= 0);
        Assert.True(draws.Max() <= 0.5);
    }

    [Fact]
    public void Sample_WholeNumber_RoundsInsideRange()
    {
        // 1.5..3.5 contains the whole numbers 2 and 3 only, so rounding must never give 1 or 4.
        var range = new ParameterRange(1.5, 3.5);
        var random = new Random(3);

        double[] draws = Enumerable.Range(0, 2_000)
            .Select(_ => range.Sample(random, ParameterKind.WholeNumber))
            .ToArray();

        Assert.Equal([2.0, 3.0], draws.Distinct().Order());
    }

    [Fact]
    public void Sample_LogWholeNumber_ReachesBothEnds()
    {
        var range = new ParameterRange(1, 4, ParameterScale.LogUniform);
        var random = new Random(3);

        double[] draws = Enumerable.Range(0, 2_000)
            .Select(_ => range.Sample(random, ParameterKind.WholeNumber))
            .ToArray();

        Assert.Equal([1.0, 2.0, 3.0, 4.0], draws.Distinct().Order());
    }

    [Theory]
    [InlineData(0.0, 1.0, ParameterScale.LogUniform, "must start above 0")]
    [InlineData(-1.0, 1.0, ParameterScale.LogUniform, "must start above 0")]
    [InlineData(2.0, 1.0, ParameterScale.Uniform, "is empty")]
    public void Constructor_InvalidBounds_Throws(double minimum, double maximum, ParameterScale scale, string expected)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ParameterRange(minimum, maximum, scale));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.001..0.1:log", 0.001, 0.1, ParameterScale.LogUniform)]
    [InlineData("5..200", 5.0, 200.0, ParameterScale.Uniform)]
    [InlineData(" 1e-3 .. 1e-1 :LOG", 0.001, 0.1, ParameterScale.LogUniform)]
    public void Parse_Range_ReadsBoundsAndScale(string text, double minimum, double maximum, ParameterScale scale)
    {
        var range = Assert.IsType<ParameterRange>(ParameterDomain.Parse(text));

        Assert.Equal(minimum, range.Minimum);
        Assert.Equal(maximum, range.Maximum);
        Assert.Equal(scale, range.Scale);
    }

    [Fact]
    public void Parse_List_KeepsOrder()
    {
        var values = Assert.IsType<ParameterValues>(ParameterDomain.Parse("100,50,0.5"));

        Assert.Equal([100, 50, 0.5], values.Values);
        Assert.Equal("100,50,0.5", values.ToString());
    }

    [Theory]
    [InlineData("10,abc")]
    [InlineData("1..x")]
    [InlineData("")]
    [InlineData("NaN")]
    public void Parse_InvalidText_ThrowsWithHint(string text)
    {
        var exception = Assert.Throws<ArgumentException>(() => ParameterDomain.Parse(text));

        Assert.Contains("..", exception.Message, StringComparison.Ordinal);
    }
}
