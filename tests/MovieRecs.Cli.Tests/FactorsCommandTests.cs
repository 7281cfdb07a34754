using System.Text.Json;

namespace MovieRecs.Cli.Tests;

public sealed class FactorsCommandTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("movierecs-factors-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Factors_SampleLog_WritesJsonAndCsv()
    {
        string json = Path.Combine(_output, "factors.json");
        string csv = Path.Combine(_output, "factors.csv");

        CliRun run = await CliRun.RunAsync(
            [
                "factors", .. SampleFiles.PurchaseSource, "--repeats", "10", "--bootstrap", "40",
                "--json", json, "--csv", csv,
            ]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Repeat-purchase factors", run.Output, StringComparison.Ordinal);
        Assert.Contains("Rating-model coefficients", run.Output, StringComparison.Ordinal);
        Assert.Contains("Category lift per segment", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        JsonElement repeat = root.GetProperty("repeat");
        Assert.Equal(16, repeat.GetProperty("factors").GetArrayLength());
        Assert.Equal(10, repeat.GetProperty("permutationRepeats").GetInt32());
        JsonElement factor = repeat.GetProperty("factors")[0];
        string[] fields =
        [
            "feature", "coefficient", "standardError", "waldLow", "waldHigh", "bootstrapLow", "bootstrapHigh",
            "rocAucDrop", "brierRise",
        ];
        foreach (string field in fields)
        {
            Assert.True(factor.TryGetProperty(field, out _), $"missing factor field {field}");
        }

        Assert.Equal(10, factor.GetProperty("rocAucDrop").GetProperty("count").GetInt32());
        JsonElement rating = root.GetProperty("rating");
        Assert.Contains(
            rating.GetProperty("fit").GetProperty("coefficients").EnumerateArray(),
            coefficient => coefficient.GetProperty("name").GetString() == "log(1 + unit price)");
        Assert.True(rating.GetProperty("testRmse").GetDouble() > 0);
        int segments = root.GetProperty("segments").GetArrayLength();
        Assert.Equal(segments * 8, root.GetProperty("categoryLifts").GetArrayLength());
        Assert.Equal(0, root.GetProperty("skipped").GetArrayLength());

        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("section,segmentId,factor,method,estimate,standardError,low,high", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("repeat,,logRecencyDays,wald,", StringComparison.Ordinal));
        Assert.Contains(
            lines,
            line => line.StartsWith("repeat,,logRecencyDays,permutation-auc-drop,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("rating,,intercept,ols-clustered,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("lift,1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Factors_SameSeed_SameOutput()
    {
        string[] args =
            ["factors", .. SampleFiles.PurchaseSource, "--repeats", "10", "--bootstrap", "20", "--seed", "3"];

        CliRun first = await CliRun.RunAsync(args);
        CliRun second = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(RemoveElapsed(first.Output), RemoveElapsed(second.Output));
    }

    [Theory]
    [InlineData("--test-share", "0.9", "--test-share must be between 0.05 and 0.5; got 0.9.")]
    [InlineData("--repeats", "0", "--repeats must be between 1 and 1000; got 0.")]
    [InlineData("--cutoff", "soon", "--cutoff must be a date as YYYY-MM-DD")]
    public async Task Factors_InvalidOption_ExitsWithInvalidArguments(string option, string value, string message)
    {
        CliRun run = await CliRun.RunAsync(["factors", .. SampleFiles.PurchaseSource, option, value]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.LatestSmall)]
    public async Task Factors_LatestSmall_ReportsEveryPart()
    {
        string json = Path.Combine(_output, "small.json");

        string data = RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.LatestSmall)!;

        CliRun run = await CliRun.RunAsync(
            "factors", "--data", data, "--bootstrap", "50", "--repeats", "10", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal("2018-08-26T00:00:00+00:00", root.GetProperty("repeat").GetProperty("cutoff").GetString());
        Assert.True(root.GetProperty("repeat").GetProperty("testPositives").GetInt32() > 0);
        JsonElement rating = root.GetProperty("rating");
        Assert.Equal(
            100_836,
            rating.GetProperty("trainingRows").GetInt32() + rating.GetProperty("testRows").GetInt32());
        Assert.True(rating.GetProperty("testRmse").GetDouble() < rating.GetProperty("baselineRmse").GetDouble());
        Assert.Contains(
            rating.GetProperty("fit").GetProperty("coefficients").EnumerateArray(),
            coefficient => coefficient.GetProperty("name").GetString() == "category: Drama");
        Assert.Equal(
            610,
            root.GetProperty("segments").EnumerateArray().Sum(segment => segment.GetProperty("size").GetInt32()));
        Assert.Contains(
            root.GetProperty("categoryLifts").EnumerateArray(),
            lift => lift.GetProperty("significant").GetBoolean());
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.Ml100K)]
    public async Task Factors_Ml100K_ReportsEveryPart()
    {
        string json = Path.Combine(_output, "100k.json");

        string data = RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.Ml100K)!;

        CliRun run = await CliRun.RunAsync(
            "factors", "--data", data, "--bootstrap", "50", "--repeats", "10", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.InRange(root.GetProperty("repeat").GetProperty("rocAuc").GetDouble(), 0.5, 1.0);
        JsonElement rating = root.GetProperty("rating");
        int rows = rating.GetProperty("trainingRows").GetInt32() + rating.GetProperty("testRows").GetInt32();
        Assert.Equal(100_000, rows);
        Assert.Equal(
            943,
            root.GetProperty("segments").EnumerateArray().Sum(segment => segment.GetProperty("size").GetInt32()));
        Assert.Contains("Category lift per segment", run.Output, StringComparison.Ordinal);
    }

    private static string RemoveElapsed(string output) =>
        string.Join('\n', output.Split('\n').Where(line => !line.StartsWith("Elapsed:", StringComparison.Ordinal)));
}
