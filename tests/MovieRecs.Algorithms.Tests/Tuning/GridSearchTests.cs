using MovieRecs.Algorithms.Tuning;

namespace MovieRecs.Algorithms.Tests.Tuning;

public class GridSearchTests
{
    [Fact]
    public void Enumerate_TwoLists_LastChangesFastest()
    {
        SearchDimension[] space =
        [
            new("a", new ParameterValues([1, 2])),
            new("b", new ParameterValues([10, 20, 30])),
        ];

        var settings = GridSearch.Enumerate(space);

        (double A, double B)[] expected = [(1, 10), (1, 20), (1, 30), (2, 10), (2, 20), (2, 30)];
        Assert.Equal(expected, settings.Select(setting => (setting["a"], setting["b"])).ToArray());
    }

    [Fact]
    public void Enumerate_ThreeLists_CountIsProduct()
    {
        SearchDimension[] space =
        [
            new("a", new ParameterValues([1, 2])),
            new("b", new ParameterValues([1, 2, 3])),
            new("c", new ParameterValues([1, 2, 3, 4])),
        ];

        var settings = GridSearch.Enumerate(space);

        Assert.Equal(24, settings.Count);
        Assert.Equal(24, settings.Select(setting => (setting["a"], setting["b"], setting["c"])).Distinct().Count());
        Assert.All(settings, setting => Assert.Equal(["a", "b", "c"], setting.Keys));
    }

    [Fact]
    public void Enumerate_EmptySpace_ReturnsOneEmptySetting()
    {
        var settings = GridSearch.Enumerate([]);

        Assert.Single(settings);
        Assert.Empty(settings[0]);
    }

    [Fact]
    public void Enumerate_Range_ThrowsNamingParameter()
    {
        SearchDimension[] space = [new("learningRate", new ParameterRange(0.001, 0.1, ParameterScale.LogUniform))];

        var exception = Assert.Throws<ArgumentException>(() => GridSearch.Enumerate(space));

        Assert.Contains("learningRate", exception.Message, StringComparison.Ordinal);
        Assert.Contains("0.001..0.1:log", exception.Message, StringComparison.Ordinal);
    }
}
