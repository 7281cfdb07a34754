using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests;

/// <summary>The host-level routes: health, the web page, metrics and routing misses.</summary>
[Collection(SyntheticGatewayDefinition.Name)]
public sealed class HostTests(SyntheticGatewayFixture fixture)
{
    [Fact]
    public async Task Health_AfterBuilds_ReportsHealthy()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/health");
        JsonElement report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(40, report.GetProperty("data").GetProperty("movieCount").GetInt32());
        JsonElement[] similarity = report.GetProperty("similarity").EnumerateArray().ToArray();
        Assert.Equal(["cosine", "pearson"], similarity.Select(job => job.GetProperty("metric").GetString()));
        Assert.All(similarity, job => Assert.Equal("Completed", job.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Root_ServesRecommendationPage()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/");
        string page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"user-id\"", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"app.js\"></script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_CallsRecommendationRoute()
    {
        string script = await fixture.Client.GetStringAsync("/app.js");

        Assert.Contains("/api/users/", script, StringComparison.Ordinal);
        Assert.Contains("problem.detail", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_Returns404Problem()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Metrics_Scrape_ReturnsPrometheusText()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }
}
