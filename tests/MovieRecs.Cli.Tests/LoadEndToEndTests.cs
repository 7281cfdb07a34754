using System.Globalization;
using System.Text.Json;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Cli.Tests;

/// <summary>
/// Runs `movierecs load` against a real gateway process with its embedded silo on the synthetic
/// data set, started by the command's own --start-gateway option.
/// </summary>
public sealed class LoadEndToEndTests : IDisposable
{
    private readonly string _data = SyntheticDataset.CreateDirectory();
    private readonly string _work = Directory.CreateTempSubdirectory("movierecs-load-").FullName;

    public void Dispose()
    {
        SyntheticDataset.DeleteDirectory(_data);
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Load_AllScenarios_CountsRequestsWithoutErrors()
    {
        string json = Path.Combine(_work, "load.json");

        CliRun run = await RunLoadAsync("all", json);

        Assert.True(run.ExitCode == ExitCodes.Success, $"exit code {run.ExitCode}: {run.Error}{run.Output}");
        Assert.Contains("Started the gateway (pid", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal("wals", root.GetProperty("model").GetString());
        Assert.StartsWith("HdrHistogram", root.GetProperty("histogram").GetString(), StringComparison.Ordinal);
        JsonElement[] results = root.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["cached", "uncached", "post"], results.Select(result => result.GetProperty("scenario").GetString()));
        foreach (JsonElement result in results)
        {
            string scenario = result.GetProperty("scenario").GetString()!;
            long requests = result.GetProperty("requests").GetInt64();
            Assert.True(requests > 0, $"{scenario}: no requests counted");
            Assert.Equal(0, result.GetProperty("errorCount").GetInt64());
            Assert.Equal("closed", result.GetProperty("loop").GetString());
            Assert.Equal(2, result.GetProperty("concurrency").GetInt32());
            Assert.True(result.GetProperty("throughputPerSecond").GetDouble() > 0, $"{scenario}: no throughput");
            JsonElement latency = result.GetProperty("latencyMs");
            double p50 = latency.GetProperty("p50").GetDouble();
            double p99 = latency.GetProperty("p99").GetDouble();
            double max = latency.GetProperty("max").GetDouble();
            Assert.True(p50 > 0, $"{scenario}: p50 {p50}");
            Assert.True(p99 >= p50, $"{scenario}: p99 {p99} below p50 {p50}");
            Assert.True(max >= p99, $"{scenario}: max {max} below p99 {p99}");
            Assert.True(latency.TryGetProperty("p999", out _), $"{scenario}: no p99.9");
            Assert.True(result.GetProperty("loadGeneratorCpuShare").GetDouble() > 0, $"{scenario}: no CPU share");
            JsonElement gateway = Assert.Single(result.GetProperty("servers").EnumerateArray());
            Assert.True(gateway.GetProperty("cpuShare").GetDouble() > 0, $"{scenario}: no gateway CPU share");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Load_ItemScenarios_ReachTheSimilarMoviesRoute()
    {
        string json = Path.Combine(_work, "items.json");

        CliRun run = await RunLoadAsync("items", json);

        Assert.True(run.ExitCode == ExitCodes.Success, $"exit code {run.ExitCode}: {run.Error}{run.Output}");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement[] results = document.RootElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["spread-items", "hot-item"], results.Select(result => result.GetProperty("scenario").GetString()));
        Assert.All(results, result =>
        {
            Assert.True(result.GetProperty("requests").GetInt64() > 0);
            Assert.Equal(0, result.GetProperty("errorCount").GetInt64());
        });
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Load_GatewayRateLimited_WarnsAndCounts429()
    {
        string json = Path.Combine(_work, "limited.json");

        CliRun run = await RunLoadAsync(
            "cached",
            json,
            "--gateway-setting", "MovieRecs:RateLimiting:PermitLimit=20",
            "--allow-errors");

        Assert.True(run.ExitCode == ExitCodes.Success, $"exit code {run.ExitCode}: {run.Error}{run.Output}");
        Assert.Contains("the gateway's rate limit rejected", run.Error, StringComparison.Ordinal);
        Assert.Contains("MovieRecs:RateLimiting:Enabled=false", run.Error, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement result = Assert.Single(document.RootElement.GetProperty("results").EnumerateArray().ToArray());
        Assert.True(result.GetProperty("errors").GetProperty("GET 429").GetInt64() > 0, "no 429 was counted");
    }

    private Task<CliRun> RunLoadAsync(string scenario, string json, params string[] extra)
    {
        int httpPort = LoadCommandTests.FreePort();
        return CliRun.RunAsync(
            [
                "load",
                "--url", $"http://127.0.0.1:{httpPort}",
                "--start-gateway", GatewayAssemblyPath(),
                "--gateway-setting", $"MovieRecs:DataDirectory={_data}",
                "--gateway-setting", $"MovieRecs:SqlitePath={Path.Combine(_work, scenario + ".db")}",
                "--gateway-setting", $"MovieRecs:SiloPort={LoadCommandTests.FreePort().ToString(CultureInfo.InvariantCulture)}",
                "--gateway-setting", $"MovieRecs:GatewayPort={LoadCommandTests.FreePort().ToString(CultureInfo.InvariantCulture)}",
                "--gateway-setting", "MovieRecs:ShardCount=4",
                "--gateway-setting", "MovieRecs:Analytics:RefreshInterval=off",
                "--gateway-setting", "Logging:LogLevel:Default=Warning",
                "--scenario", scenario,
                "--users", $"1-{SyntheticDataset.UserCount}",
                "--duration", "1",
                "--warmup", "0",
                "--concurrency", "2",
                "--json", json,
                .. extra,
            ]);
    }

    // The tests run from tests/MovieRecs.Cli.Tests/bin/<configuration>/<framework>/, and the
    // project reference builds the gateway into src/MovieRecs.Gateway/bin/<configuration>/<framework>/.
    private static string GatewayAssemblyPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = output.Name;
        string configuration = output.Parent!.Name;
        DirectoryInfo root = output;
        while (!File.Exists(Path.Combine(root.FullName, "MovieRecs.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException($"No MovieRecs.sln above {AppContext.BaseDirectory}.");
        }

        return Path.Combine(root.FullName, "src", "MovieRecs.Gateway", "bin", configuration, framework, "MovieRecs.Gateway.dll");
    }
}
