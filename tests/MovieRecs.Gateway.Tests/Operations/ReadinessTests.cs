using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Operations;

/// <summary>/health/ready, which needs the cluster and the system of record, and /health/live.</summary>
public sealed class ReadinessTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Ready_DatabaseRemoved_Returns503()
    {
        string data = SyntheticDataset.CreateDirectory();
        try
        {
            await using var factory = new GatewayFactory(data, buildSimilarityOnStartup: true);
            using HttpClient client = factory.CreateClient();
            HttpResponseMessage ready = await Polling.WaitForAsync(
                () => client.GetAsync("/health/ready"),
                response => response.StatusCode == HttpStatusCode.OK,
                ReadyTimeout,
                "/health/ready to report ready");
            JsonElement readyReport = await ReadJsonAsync(ready);

            // Removing the folder takes the SQLite file away under the running silo.
            Directory.Delete(Path.GetDirectoryName(factory.SqlitePath)!, recursive: true);
            HttpResponseMessage unready = await client.GetAsync("/health/ready");
            JsonElement unreadyReport = await ReadJsonAsync(unready);
            HttpResponseMessage health = await client.GetAsync("/health");
            HttpResponseMessage live = await client.GetAsync("/health/live");

            Assert.Equal("Healthy", Check(readyReport, "database").GetProperty("status").GetString());
            Assert.Equal("Healthy", Check(readyReport, "cluster").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.StatusCode);
            Assert.Equal("Unhealthy", unreadyReport.GetProperty("status").GetString());
            Assert.Equal("Unhealthy", Check(unreadyReport, "database").GetProperty("status").GetString());
            Assert.Equal("Healthy", Check(unreadyReport, "cluster").GetProperty("status").GetString());
            Assert.Contains(
                "sqlite rating store is unreachable",
                unreadyReport.GetProperty("description").GetString(),
                StringComparison.Ordinal);
            // /health keeps its meaning (data loaded, builds done) and /health/live runs no check.
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            SyntheticDataset.DeleteDirectory(data);
        }
    }

    private static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").GetProperty(name);

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
