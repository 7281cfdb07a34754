using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Cli.Commands;

namespace MovieRecs.Cli.Tests;

public sealed class RecommendExplainTests : IDisposable
{
    // User 1 rated Toy Story and Jumanji; users 2 and 3 rated every movie.
    private const string Ratings =
        "userId,movieId,rating,timestamp\n" +
        "1,1,4.0,1\n1,2,3.0,2\n" +
        "2,1,5.0,1\n2,2,2.0,2\n2,3,4.0,3\n2,4,4.5,4\n2,5,3.0,5\n" +
        "3,1,3.0,1\n3,2,4.5,2\n3,3,1.5,3\n3,4,2.0,4\n3,5,5.0,5\n";

    private readonly SmallDataDirectory _data = new();

    public RecommendExplainTests()
    {
        File.WriteAllText(Path.Combine(_data.Path, "ratings.csv"), Ratings);
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Recommend_ExplainWals_NamesRatedMovies()
    {
        CliRun run = await CliRun.RunAsync(
            "recommend", "--data", _data.Path, "--user", "1", "--model", "wals", "--explain");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] lines = ExplanationLines(run.Output);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Contains(
            "because you rated Toy Story (1995) 4.0: ", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Contains(
            "because you rated Jumanji (1995) 3.0: ", line, StringComparison.Ordinal));
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Recommend_ExplainBaseline_ListsBiases()
    {
        CliRun run = await CliRun.RunAsync(
            "recommend", "--data", _data.Path, "--user", "1", "--model", "baseline", "-n", "2", "--explain");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] lines = ExplanationLines(run.Output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("#1 ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("#2 ", lines[1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.Contains("global mean: +", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Contains("user bias: ", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Contains("movie bias: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recommend_WithoutExplain_PrintsNoReasons()
    {
        CliRun run = await CliRun.RunAsync("recommend", "--data", _data.Path, "--user", "1", "--model", "baseline");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(ExplanationLines(run.Output));
        Assert.DoesNotContain("user bias: ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContributionKind.RatedMovie, "Heat (1995)", 0.42, 4, "because you rated Heat (1995) 5.0: +0.42")]
    [InlineData(ContributionKind.Bias, "global mean", 3.5, null, "global mean: +3.50")]
    [InlineData(ContributionKind.Bias, "movie bias", -0.1234, null, "movie bias: -0.12")]
    [InlineData(
        ContributionKind.RatedMovie, "Heat (1995)", 0.0000123, 4, "because you rated Heat (1995) 5.0: +1.23E-5")]
    [InlineData(ContributionKind.Bias, "user bias", 0.0, null, "user bias: 0.00")]
    public void DescribeContribution_Kinds_ReadAsSentences(
        ContributionKind kind,
        string label,
        double weight,
        int? movieId,
        string expected)
    {
        var profile = new UserProfile(1, [KeyValuePair.Create(4, 5.0)]);

        string text = RecommendCommand.DescribeContribution(new Contribution(kind, label, weight, movieId), profile);

        Assert.Equal(expected, text);
    }

    private static string[] ExplanationLines(string output) => output
        .Split('\n')
        .Select(line => line.TrimEnd('\r'))
        .Where(line => line.StartsWith('#') && line.Contains(": ", StringComparison.Ordinal))
        .ToArray();
}
