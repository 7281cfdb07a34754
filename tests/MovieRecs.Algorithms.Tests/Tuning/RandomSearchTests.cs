using MovieRecs.Algorithms.Tuning;

namespace MovieRecs.Algorithms.Tests.Tuning;

public class RandomSearchTests
{
    private static readonly SearchDimension[] Space =
    [
        new("factors", new ParameterRange(16, 256, ParameterScale.LogUniform), ParameterKind.WholeNumber),
        new("learningRate", new ParameterRange(0.001, 0.1, ParameterScale.LogUniform)),
        new("epochs", new ParameterValues([20, 40, 80]), ParameterKind.WholeNumber),
        new("minSimilarity", new ParameterRange(0, 0.5)),
    ];

    private static readonly double[] EpochValues = [20, 40, 80];

    [Fact]
    public void Sample_SameSeed_RepeatsSettings()
    {
        var first = RandomSearch.Sample(Space, 25, seed: 7);
        var second = RandomSearch.Sample(Space, 25, seed: 7);

        Assert.Equal(25, first.Count);
        Assert.Equal(first.Select(setting => setting.ToArray()), second.Select(setting => setting.ToArray()));
    }

    [Fact]
    public void Sample_OtherSeed_ChangesSettings()
    {
        var first = RandomSearch.Sample(Space, 25, seed: 7);
        var other = RandomSearch.Sample(Space, 25, seed: 8);

        Assert.NotEqual(
            first.Select(setting => setting["learningRate"]),
            other.Select(setting => setting["learningRate"]));
    }

    [Fact]
    public void Sample_EveryDraw_StaysInsideDomain()
    {
        var settings = RandomSearch.Sample(Space, 500, seed: 1);

        Assert.All(settings, setting =>
        {
            Assert.InRange(setting["factors"], 16, 256);
            Assert.Equal(Math.Round(setting["factors"]), setting["factors"]);
            Assert.InRange(setting["learningRate"], 0.001, 0.1);
            Assert.Contains(setting["epochs"], EpochValues);
            Assert.InRange(setting["minSimilarity"], 0, 0.5);
        });
        Assert.Equal(3, settings.Select(setting => setting["epochs"]).Distinct().Count());
    }

    [Fact]
    public void Sample_ZeroTrials_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RandomSearch.Sample(Space, 0, seed: 1));
    }
}
