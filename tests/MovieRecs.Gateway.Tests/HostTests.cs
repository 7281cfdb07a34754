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
    public async Task Root_ServesDashboard()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/");
        string page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"user-id\"", page, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"js/main.js\"></script>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/js/main.js")]
    [InlineData("/js/api.js")]
    [InlineData("/js/cards.js")]
    [InlineData("/js/charts.js")]
    [InlineData("/js/overview.js")]
    [InlineData("/js/recommend.js")]
    [InlineData("/js/movie.js")]
    [InlineData("/js/models.js")]
    [InlineData("/js/cold-start.js")]
    public async Task Modules_AreServedAsJavaScript(string path)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Script_ShowsProblemDetail()
    {
        string script = await fixture.Client.GetStringAsync("/js/api.js");

        Assert.Contains("problem.detail", script, StringComparison.Ordinal);
        Assert.Contains("problem.title", script, StringComparison.Ordinal);
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
