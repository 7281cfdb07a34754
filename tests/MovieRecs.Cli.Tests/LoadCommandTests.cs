using System.Net;
using System.Net.Sockets;
using MovieRecs.Cli.Commands;
using MovieRecs.Cli.Load;

namespace MovieRecs.Cli.Tests;

public sealed class LoadCommandTests
{
    [Theory]
    [InlineData("http://10.0.0.5:5000", "10.0.0.5")]
    [InlineData("http://192.168.1.20:5000", "192.168.1.20")]
    [InlineData("https://example.com", "example.com")]
    [InlineData("http://127.0.0.1.example.com:5000", "127.0.0.1.example.com")]
    [InlineData("http://[2001:db8::1]:5000", "[2001:db8::1]")]
    public async Task Load_NonLoopbackUrl_FailsNamingIt(string url, string host)
    {
        CliRun run = await CliRun.RunAsync("load", "--url", url);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains($"--url '{url}' names the host '{host}', which is not a loopback address.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("127.0.0.1:5000")]
    public async Task Load_UrlNotHttp_Fails(string url)
    {
        CliRun run = await CliRun.RunAsync("load", "--url", url);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains($"--url '{url}' is not an absolute http:// or https:// URL.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.1.2.3:8080/")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("https://LOCALHOST")]
    public void LoopbackUrl_Loopback_IsAccepted(string url)
    {
        Assert.Null(LoopbackUrl.Validate(url));
    }

    [Theory]
    [InlineData("0", "--duration must be between 1 and 600 seconds; got 0.")]
    [InlineData("601", "--duration must be between 1 and 600 seconds; got 601.")]
    [InlineData("ten", "--duration must be between 1 and 600 seconds; got 'ten', which is not an integer.")]
    public async Task Load_DurationOutOfRange_Fails(string duration, string message)
    {
        CliRun run = await CliRun.RunAsync("load", "--duration", duration);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--concurrency", "0", "--concurrency must be between 1 and 1024; got 0.")]
    [InlineData("--warmup", "-1", "--warmup must be between 0 and 120 seconds; got -1.")]
    [InlineData("--rate", "0", "--rate must be above 0 and at most 100000 requests per second; got 0.")]
    [InlineData("--users", "10-5", "--users must be FIRST-LAST with 1 <= FIRST <= LAST, such as 1-610; got '10-5'.")]
    [InlineData("--gateway-setting", "=x", "--gateway-setting must be KEY=VALUE with a non-empty KEY; got '=x'.")]
    public async Task Load_InvalidOption_FailsNamingValue(string option, string value, string message)
    {
        CliRun run = await CliRun.RunAsync("load", option, value);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2000", "--concurrency must be between 1 and 1024; got 2000.")]
    [InlineData("0", "--concurrency must be between 1 and 1024; got 0.")]
    public async Task Load_UncachedConcurrencyOutOfRange_Fails(string concurrency, string message)
    {
        CliRun run = await CliRun.RunAsync(
            "load", "--url", "http://127.0.0.1:6219", "--scenario", "uncached", "--users", "1-2", "--concurrency", concurrency);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_UncachedWithFewUsers_Fails()
    {
        CliRun run = await CliRun.RunAsync("load", "--scenario", "uncached", "--users", "1-4", "--concurrency", "4");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--scenario uncached needs more users than --concurrency", run.Error, StringComparison.Ordinal);
        Assert.Contains("got --users 1-4 (4 users) and --concurrency 4", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NoGatewayListening_FailsBeforeRun()
    {
        int port = FreePort();

        CliRun run = await CliRun.RunAsync("load", "--url", $"http://127.0.0.1:{port}", "--duration", "1");

        Assert.Equal(ExitCodes.LoadFailed, run.ExitCode);
        Assert.Contains($"The gateway at http://127.0.0.1:{port}/ could not be reached", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_MissingGatewayAssembly_Fails()
    {
        string missing = Path.Combine(Path.GetTempPath(), "movierecs-no-such-gateway", "MovieRecs.Gateway.dll");

        CliRun run = await CliRun.RunAsync("load", "--url", $"http://127.0.0.1:{FreePort()}", "--start-gateway", missing);

        Assert.Equal(ExitCodes.LoadFailed, run.ExitCode);
        Assert.Contains($"--start-gateway '{missing}' does not exist.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StartedGatewaySettings_NoRateLimitKey_TurnsLimitOff()
    {
        KeyValuePair<string, string>[] settings = LoadCommand.WithRateLimitOff([new("MovieRecs:ShardCount", "4")]);

        Assert.Equal(2, settings.Length);
        Assert.Equal(new KeyValuePair<string, string>("MovieRecs:RateLimiting:Enabled", "false"), settings[0]);
        Assert.Equal(new KeyValuePair<string, string>("MovieRecs:ShardCount", "4"), settings[1]);
    }

    [Fact]
    public void StartedGatewaySettings_OwnRateLimitKey_KeptAsGiven()
    {
        KeyValuePair<string, string>[] settings = LoadCommand.WithRateLimitOff([new("movierecs:ratelimiting:PermitLimit", "50")]);

        KeyValuePair<string, string> only = Assert.Single(settings);
        Assert.Equal("50", only.Value);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
