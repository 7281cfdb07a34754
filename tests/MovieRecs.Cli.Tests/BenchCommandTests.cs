using System.Text.Json;

namespace MovieRecs.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly SmallDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task BenchSimilarity_Json_RecordsLoadAndPeakMemory()
    {
        string file = Path.Combine(_data.Path, "bench.json");

        CliRun run = await CliRun.RunAsync("bench", "similarity", "--data", _data.Path, "--runs", "1", "--json", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("peak working set", run.Output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        JsonElement root = json.RootElement;
        long loadPeak = root.GetProperty("loadPeakWorkingSetBytes").GetInt64();
        long peak = root.GetProperty("peakWorkingSetBytes").GetInt64();
        Assert.True(loadPeak > 0, "the peak after the load is not positive");
        Assert.True(peak >= loadPeak, $"the final peak {peak} is below the peak after the load {loadPeak}");
        Assert.True(root.GetProperty("loadSeconds").GetDouble() >= 0);
        Assert.Equal(15, root.GetProperty("ratings").GetInt32());
        Assert.Equal(1, root.GetProperty("runs").GetInt32());
    }

    [Fact]
    public async Task BenchSimilarity_ZeroWarmups_RecordsThem()
    {
        string file = Path.Combine(_data.Path, "bench.json");

        CliRun run = await CliRun.RunAsync(
            "bench", "similarity", "--data", _data.Path, "--runs", "2", "--warmups", "0", "--json", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(0, json.RootElement.GetProperty("warmups").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("runs").GetInt32());
        Assert.True(json.RootElement.GetProperty("pairs").GetInt64() > 0);
    }

    [Fact]
    public async Task BenchSimilarity_NegativeWarmups_Fails()
    {
        CliRun run = await CliRun.RunAsync("bench", "similarity", "--data", _data.Path, "--warmups", "-1");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--warmups must be between 0 and 100; got -1.", run.Error, StringComparison.Ordinal);
    }
}
