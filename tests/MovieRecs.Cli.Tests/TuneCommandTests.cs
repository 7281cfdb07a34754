using System.Text.Json;

namespace MovieRecs.Cli.Tests;

public sealed class TuneCommandTests : IDisposable
{
    private readonly SmallDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Tune_JsonIsDirectory_FailsBeforeSearch()
    {
        CliRun run = await CliRun.RunAsync(
            "tune", "--data", _data.Path, "--model", "baseline",
            "--param", "userRegularization=1,5", "--json", _data.Path);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains($"--json '{_data.Path}' is a directory", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("trial 1/", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tune_BaselineGrid_WritesTrialsBestAndTest()
    {
        string json = Path.Combine(_data.Path, "out", "tune.json");
        string csv = Path.Combine(_data.Path, "out", "tune.csv");

        CliRun run = await CliRun.RunAsync(
            "tune", "--data", _data.Path, "--model", "baseline",
            "--param", "userRegularization=1,5", "--param", "itemRegularization=0,3",
            "-k", "2", "--json", json, "--csv", csv);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("trial 4/4", run.Output, StringComparison.Ordinal);
        Assert.Contains("Best on validation", run.Output, StringComparison.Ordinal);
        Assert.Contains("Test part, scored once after the search", run.Output, StringComparison.Ordinal);

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal("baseline", root.GetProperty("model").GetString());
        Assert.Equal("grid", root.GetProperty("search").GetString());
        Assert.Equal(4, root.GetProperty("trials").GetArrayLength());

        // Three users with five ratings each: the temporal holdout keeps four per user for training,
        // and applied again it holds out one of those four per user for validation.
        Assert.Equal(12, root.GetProperty("split").GetProperty("trainRatings").GetInt32());
        Assert.Equal(3, root.GetProperty("split").GetProperty("testRatings").GetInt32());
        Assert.Equal(9, root.GetProperty("validation").GetProperty("trainRatings").GetInt32());
        Assert.Equal(3, root.GetProperty("validation").GetProperty("heldOutRatings").GetInt32());

        JsonElement firstTrial = root.GetProperty("trials")[0];
        Assert.Equal(1, firstTrial.GetProperty("parameters").GetProperty("userRegularization").GetDouble());
        Assert.Equal(0, firstTrial.GetProperty("parameters").GetProperty("itemRegularization").GetDouble());
        Assert.True(firstTrial.GetProperty("metrics").GetProperty("fitSeconds").GetDouble() >= 0);
        double bestObjective = root.GetProperty("best").GetProperty("objective").GetDouble();
        Assert.All(
            root.GetProperty("trials").EnumerateArray(),
            trial => Assert.True(trial.GetProperty("objective").GetDouble() >= bestObjective));
        Assert.Equal(3, root.GetProperty("test").GetProperty("metrics").GetProperty("heldOutRatings").GetInt32());

        string[] lines = File.ReadAllLines(csv);
        Assert.Equal(6, lines.Length);
        string header = "phase,trial,userRegularization,itemRegularization,objective,rmse";
        Assert.StartsWith(header, lines[0], StringComparison.Ordinal);
        Assert.All(lines[1..5], line => Assert.StartsWith("validation,", line, StringComparison.Ordinal));
        Assert.StartsWith("test,", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tune_RandomSearch_SameSeedSameTrials()
    {
        string first = Path.Combine(_data.Path, "first.json");
        string second = Path.Combine(_data.Path, "second.json");
        string[] arguments =
        [
            "tune", "--data", _data.Path, "--model", "baseline", "--search", "random", "--trials", "3",
            "--seed", "5", "--param", "userRegularization=0.5..50:log", "-k", "2",
        ];

        CliRun firstRun = await CliRun.RunAsync([.. arguments, "--json", first]);
        CliRun secondRun = await CliRun.RunAsync([.. arguments, "--json", second]);

        Assert.Equal(ExitCodes.Success, firstRun.ExitCode);
        Assert.Equal(ExitCodes.Success, secondRun.ExitCode);
        Assert.Equal(Parameters(first), Parameters(second));
        Assert.Equal(3, Parameters(first).Length);
        Assert.All(Parameters(first), value => Assert.InRange(value, 0.5, 50));
    }

    [Theory]
    [InlineData("--model", "baseline", "--param", "userRegularisation=1,2", "no parameter 'userRegularisation'")]
    [InlineData("--model", "baseline", "--param", "userRegularization=-1,2", "must be a number in [0, +inf); got -1")]
    [InlineData("--model", "baseline", "--param", "userRegularization=1..5", "Grid search needs a list of values")]
    [InlineData("--model", "baseline", "--param", "userRegularization", "is not NAME=VALUES")]
    [InlineData("--model", "baseline", "--param", "userRegularization=1,x", "'x' in '1,x' is not a finite number")]
    [InlineData("--model", "baseline", "--trials", "5", "--trials applies to --search random")]
    [InlineData("--model", "popularity", "--param", "x=1", "'popularity' has no tunable parameters")]
    [InlineData("--model", "svd", "--param", "x=1", "Unknown model 'svd'")]
    [InlineData("--model", "baseline", "--split", "kfold", "kfold")]
    public async Task Tune_InvalidOption_FailsWithMessage(
        string option,
        string value,
        string extra,
        string extraValue,
        string expected)
    {
        string json = Path.Combine(_data.Path, "never.json");

        CliRun run = await CliRun.RunAsync(
            "tune", "--data", _data.Path, option, value, extra, extraValue, "--json", json);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(json));
    }

    [Fact]
    public async Task Tune_MissingJson_Fails()
    {
        CliRun run = await CliRun.RunAsync("tune", "--data", _data.Path, "--model", "baseline");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tune_WalsWithRmse_FailsNamingRankingMetrics()
    {
        string json = Path.Combine(_data.Path, "wals.json");

        CliRun run = await CliRun.RunAsync(
            "tune", "--data", _data.Path, "--model", "wals", "--param", "factors=2", "--param", "iterations=1",
            "-k", "2", "--json", json);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("ndcg or precision", run.Error, StringComparison.Ordinal);
    }

    private static double[] Parameters(string file)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("trials").EnumerateArray()
            .Select(trial => trial.GetProperty("parameters").GetProperty("userRegularization").GetDouble())
            .ToArray();
    }
}
