using MovieRecs.Algorithms.Data;

namespace MovieRecs.Cli.Tests;

public sealed class DataCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("movierecs-synth-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Synth_ValidSizes_WritesLoadableData()
    {
        string output = Path.Combine(_root, "out");

        CliRun run = await CliRun.RunAsync(
            "data", "synth", "--out", output, "--ratings", "5000", "--users", "40", "--movies", "600", "--tags", "25");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Writing 5,000 ratings of 40 users over 600 movies (seed 42)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote 5,000 of 5,000 ratings (100%)", run.Output, StringComparison.Ordinal);
        Assert.Contains("5,000 ratings, 40 users", run.Output, StringComparison.Ordinal);
        MovieLensDataset dataset = MovieLensLoader.Load(output);
        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(5_000, dataset.Ratings.Count);
        Assert.Equal(40, dataset.UserCount);
        Assert.Equal(600, dataset.Movies.Count);
        Assert.Equal(25, dataset.Tags.Count);
    }

    [Fact]
    public async Task Synth_KiloSuffix_MultipliesCount()
    {
        string output = Path.Combine(_root, "out");

        CliRun run = await CliRun.RunAsync("data", "synth", "--out", output, "--ratings", "3k");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(3_000, MovieLensLoader.Load(output).Ratings.Count);
    }

    [Fact]
    public async Task Synth_SameSeedTwice_WritesSameRatings()
    {
        string first = Path.Combine(_root, "first");
        string second = Path.Combine(_root, "second");

        await CliRun.RunAsync("data", "synth", "--out", first, "--ratings", "4000", "--seed", "9");
        await CliRun.RunAsync("data", "synth", "--out", second, "--ratings", "4000", "--seed", "9");

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first, "ratings.csv")),
            File.ReadAllBytes(Path.Combine(second, "ratings.csv")));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2G")]
    [InlineData("2000M")]
    public async Task Synth_InvalidRatings_Fails(string ratings)
    {
        CliRun run = await CliRun.RunAsync("data", "synth", "--out", Path.Combine(_root, "out"), "--ratings", ratings);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains($"--ratings must be a whole number from 1 to 1,000,000,000", run.Error, StringComparison.Ordinal);
        Assert.Contains($"got '{ratings}'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--users", "0")]
    [InlineData("--users", "many")]
    [InlineData("--movies", "-1")]
    public async Task Synth_NonPositiveSize_Fails(string option, string value)
    {
        CliRun run = await CliRun.RunAsync(
            "data", "synth", "--out", Path.Combine(_root, "out"), "--ratings", "1000", option, value);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains($"{option} must be a positive integer; got '{value}'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_TooFewRatingsForUsers_Fails()
    {
        CliRun run = await CliRun.RunAsync(
            "data", "synth", "--out", Path.Combine(_root, "out"), "--ratings", "1000", "--users", "100");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("1,000 ratings are too few for 100 users", run.Error, StringComparison.Ordinal);
        Assert.Contains("at least 2,000 ratings", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_OutIsFile_FailsWithPlainMessage()
    {
        string file = Path.Combine(_root, "a-file");
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(file, "not a folder");

        CliRun run = await CliRun.RunAsync("data", "synth", "--out", file, "--ratings", "1000");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("Choose another output path", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_TooFewMovies_Fails()
    {
        CliRun run = await CliRun.RunAsync(
            "data", "synth", "--out", Path.Combine(_root, "out"), "--ratings", "1000", "--movies", "10");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("movie count must be at least 20", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_MissingRatings_Fails()
    {
        CliRun run = await CliRun.RunAsync("data", "synth", "--out", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--ratings", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_ExistingData_NeedsOverwrite()
    {
        string output = Path.Combine(_root, "out");
        await CliRun.RunAsync("data", "synth", "--out", output, "--ratings", "2000");

        CliRun refused = await CliRun.RunAsync("data", "synth", "--out", output, "--ratings", "3000");
        CliRun replaced = await CliRun.RunAsync("data", "synth", "--out", output, "--ratings", "3000", "--overwrite");

        Assert.Equal(ExitCodes.InvalidArguments, refused.ExitCode);
        Assert.Contains("movies.csv' already exists. Pass --overwrite", refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, replaced.ExitCode);
        Assert.Equal(3_000, MovieLensLoader.Load(output).Ratings.Count);
    }

    [Fact]
    public async Task Synth_Help_DescribesOptions()
    {
        CliRun run = await CliRun.RunAsync("data", "synth", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--ratings", run.Output, StringComparison.Ordinal);
        Assert.Contains("--seed", run.Output, StringComparison.Ordinal);
        Assert.Contains("Zipf-like movie popularity", run.Output, StringComparison.Ordinal);
    }
}
