using System.Globalization;
using System.Text.Json;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Cli.Tests;

public sealed class ForecastCommandTests : IDisposable
{
    private readonly WeeklyRatingsDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Demand_Genre_WritesMetricsAndForecasts()
    {
        string json = Path.Combine(_data.Path, "out", "demand.json");
        string csv = Path.Combine(_data.Path, "out", "demand.csv");

        CliRun run = await CliRun.RunAsync(
            "forecast", "demand", "--data", _data.Path, "--level", "genre", "--top", "3", "--horizon", "4",
            "--json", json, "--csv", csv);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Chosen model:", run.Output, StringComparison.Ordinal);
        Assert.Contains("sMAPE", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.True(root.GetProperty("mase").GetDouble() > 0);
        Assert.True(root.GetProperty("naiveMase").GetDouble() > 0);
        Assert.Equal("category", root.GetProperty("level").GetString());
        Assert.Equal(4, root.GetProperty("horizon").GetInt32());
        JsonElement aggregate = root.GetProperty("aggregate");
        Assert.Equal(5, aggregate.GetProperty("models").GetArrayLength());
        foreach (JsonElement model in aggregate.GetProperty("models").EnumerateArray())
        {
            foreach (string field in (string[])["model", "mae", "smape", "mase", "origins"])
            {
                Assert.True(model.TryGetProperty(field, out _), $"model entry without {field}");
            }
        }

        JsonElement first = aggregate.GetProperty("forecast")[0];
        Assert.True(first.GetProperty("upper").GetDouble() >= first.GetProperty("lower").GetDouble());
        Assert.Equal(3, root.GetProperty("series").GetArrayLength());
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("series,name,level,week,forecast,lower,upper,model", lines[0]);
        Assert.Equal(1 + ((1 + 3) * 4), lines.Length);
    }

    [Fact]
    public async Task Demand_OneWeekOfData_ExplainsWhatIsMissing()
    {
        using var small = new SmallDataDirectory();

        CliRun run = await CliRun.RunAsync("forecast", "demand", "--data", small.Path);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("1 complete weeks", run.Error, StringComparison.Ordinal);
        Assert.Contains("shorter horizon", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--horizon", "0", "--horizon must be between 1 and 52; got 0.")]
    [InlineData("--season-length", "1", "--season-length must be at least 2; got 1.")]
    [InlineData("--interval-level", "1.5", "--interval-level must be strictly between 0 and 1; got 1.5.")]
    public async Task Demand_InvalidOption_NamesIt(string option, string value, string message)
    {
        CliRun run = await CliRun.RunAsync("forecast", "demand", "--data", _data.Path, option, value);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeat_WritesMetricsAndCustomersByRisk()
    {
        string json = Path.Combine(_data.Path, "repeat.json");
        string csv = Path.Combine(_data.Path, "repeat.csv");

        CliRun run = await CliRun.RunAsync(
            "forecast", "repeat", "--data", _data.Path, "--horizon-days", "28", "--json", json, "--csv", csv);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("ROC AUC", run.Output, StringComparison.Ordinal);
        Assert.Contains("Brier score", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        foreach (string metric in (string[])["rocAuc", "prAuc", "brier", "baselineRocAuc", "baselinePrAuc", "baselineBrier"])
        {
            Assert.InRange(root.GetProperty(metric).GetDouble(), 0.0, 1.0);
        }

        Assert.Equal(28.0, root.GetProperty("horizonDays").GetDouble());
        Assert.True(root.GetProperty("calibration").GetArrayLength() > 0);
        JsonElement bin = root.GetProperty("calibration")[0];
        foreach (string field in (string[])["count", "meanPredicted", "observedRate"])
        {
            Assert.True(bin.TryGetProperty(field, out _), $"calibration bin without {field}");
        }

        int customers = root.GetProperty("customers").GetInt32();
        Assert.Equal(customers, root.GetProperty("probabilities").GetArrayLength());
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("customerId,probability,risk,baselineProbability,recencyDays,purchases,monetary,returned", lines[0]);
        Assert.Equal(customers + 1, lines.Length);
        double[] probabilities = lines.Skip(1)
            .Select(line => double.Parse(line.Split(',')[1], CultureInfo.InvariantCulture))
            .ToArray();
        Assert.Equal(probabilities.Order(), probabilities);
    }

    [Fact]
    public async Task Repeat_CutoffNearTheEnd_ScoresWithoutMetrics()
    {
        string json = Path.Combine(_data.Path, "repeat.json");

        CliRun run = await CliRun.RunAsync(
            "forecast", "repeat", "--data", _data.Path, "--cutoff", "2017-11-20", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("outcomes are unknown", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.False(document.RootElement.GetProperty("labelled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("rocAuc").ValueKind);
        Assert.True(document.RootElement.GetProperty("probabilities").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Repeat_InvalidCutoff_NamesTheFormat()
    {
        CliRun run = await CliRun.RunAsync("forecast", "repeat", "--data", _data.Path, "--cutoff", "20/11/2017");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--cutoff must be a date as YYYY-MM-DD", run.Error, StringComparison.Ordinal);
        Assert.Contains("'20/11/2017'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeat_CutoffBeforeTheData_Fails()
    {
        CliRun run = await CliRun.RunAsync("forecast", "repeat", "--data", _data.Path, "--cutoff", "2010-01-01");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("not after the first purchase", run.Error, StringComparison.Ordinal);
    }

    [RequiresDataFact]
    [Trait("Category", "Slow")]
    public async Task Demand_LatestSmall_BeatsNaive()
    {
        string json = Path.Combine(_data.Path, "latest-demand.json");

        CliRun run = await CliRun.RunAsync(
            "forecast", "demand", "--data", RequiresDataFactAttribute.DataDirectory, "--level", "genre", "--top", "5",
            "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.True(root.GetProperty("beatsNaive").GetBoolean());
        Assert.True(root.GetProperty("mase").GetDouble() < root.GetProperty("naiveMase").GetDouble());
        Assert.Equal(5, root.GetProperty("series").GetArrayLength());
        Assert.Contains("Drama", run.Output, StringComparison.Ordinal);
    }

    [RequiresDataFact]
    [Trait("Category", "Slow")]
    public async Task Repeat_LatestSmall_BeatsRecencyBaseline()
    {
        string json = Path.Combine(_data.Path, "latest-repeat.json");

        CliRun run = await CliRun.RunAsync(
            "forecast", "repeat", "--data", RequiresDataFactAttribute.DataDirectory, "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        long cutoff = DateTimeOffset.Parse(root.GetProperty("cutoff").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        int customersBeforeCutoff = dataset.Ratings
            .Where(rating => rating.Timestamp < cutoff)
            .Select(rating => rating.UserId)
            .Distinct()
            .Count();
        Assert.Equal(customersBeforeCutoff, root.GetProperty("customers").GetInt32());
        Assert.True(root.GetProperty("rocAuc").GetDouble() > root.GetProperty("baselineRocAuc").GetDouble());
        Assert.Equal(10, root.GetProperty("calibration").GetArrayLength());
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.Ml100K)]
    [Trait("Category", "Slow")]
    public async Task Demand_Ml100K_WritesAggregateMetrics()
    {
        string json = Path.Combine(_data.Path, "100k-demand.json");

        CliRun run = await CliRun.RunAsync(
            "forecast", "demand", "--data", RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.Ml100K)!,
            "--horizon", "4", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.True(root.GetProperty("mase").GetDouble() > 0);
        Assert.True(root.GetProperty("naiveMase").GetDouble() > 0);
        JsonElement[] forecast = root.GetProperty("aggregate").GetProperty("forecast").EnumerateArray().ToArray();
        Assert.Equal(4, forecast.Length);
        foreach (JsonElement point in forecast)
        {
            double value = point.GetProperty("forecast").GetDouble();
            Assert.InRange(value, point.GetProperty("lower").GetDouble(), point.GetProperty("upper").GetDouble());
        }
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.Ml100K)]
    [Trait("Category", "Slow")]
    public async Task Repeat_Ml100K_BeatsRecencyBaseline()
    {
        string json = Path.Combine(_data.Path, "100k-repeat.json");

        CliRun run = await CliRun.RunAsync(
            "forecast", "repeat", "--data", RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.Ml100K)!,
            "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.True(root.GetProperty("rocAuc").GetDouble() > root.GetProperty("baselineRocAuc").GetDouble());
        Assert.True(root.GetProperty("brier").GetDouble() > 0);
        Assert.True(root.GetProperty("prAuc").GetDouble() > 0);
    }

    [Fact]
    public async Task Demand_PurchaseLogCsv_ReadsTheMappedColumns()
    {
        string json = Path.Combine(_data.Path, "purchases-demand.json");

        CliRun run = await CliRun.RunAsync(
            "forecast", "demand", "--purchases", Sample("purchases.csv"), "--mapping", Sample("purchases-mapping.json"),
            "--horizon", "4", "--level", "genre", "--json", json);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        string[] series = document.RootElement.GetProperty("series").EnumerateArray()
            .Select(item => item.GetProperty("name").GetString()!)
            .ToArray();
        Assert.Contains("Drinks", series);
        Assert.Contains("Household", series);
    }

    private static string Sample(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MovieRecs.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "samples", name);
    }
}
