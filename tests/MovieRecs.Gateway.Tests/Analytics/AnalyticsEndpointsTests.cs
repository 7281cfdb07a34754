using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Admin;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Analytics;

/// <summary>
/// The analytics routes on the synthetic data set, whose ratings span less than a day: too short
/// for the weekly demand forecast, so no run there computes it.
/// </summary>
[Collection(AdminGatewayDefinition.Name)]
public sealed class AnalyticsEndpointsTests(AdminGatewayFixture fixture)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task GetDemandForecast_NoCompletedRun_Returns404()
    {
        await WaitForIdleAsync();

        HttpResponseMessage response = await fixture.Client.GetAsync("/api/analytics/forecast/demand");

        JsonElement problem = await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.NotFound,
            "The demand forecast is not available");
        Assert.Contains(
            "POST /api/admin/analytics/refresh",
            problem.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAnalyticsChart_NoCompletedRun_Returns404()
    {
        await WaitForIdleAsync();

        HttpResponseMessage response = await fixture.Client.GetAsync("/api/charts/demand-forecast.svg");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "The demand forecast is not available");
    }

    [Fact]
    public async Task Refresh_DataTooShort_FailsNamingStep()
    {
        using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Post, "/api/admin/analytics/refresh");

        HttpResponseMessage response = await fixture.Client.SendAsync(request);
        JsonElement started = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonElement ended = await WaitForIdleAsync();
        HttpResponseMessage demand = await fixture.Client.GetAsync("/api/analytics/forecast/demand");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/analytics/status", response.Headers.Location?.ToString());
        Assert.Equal("Running", started.GetProperty("lastRun").GetProperty("state").GetString());
        Assert.Equal("Failed", ended.GetProperty("lastRun").GetProperty("state").GetString());
        Assert.Contains(
            "Step 'demand' failed",
            ended.GetProperty("lastRun").GetProperty("error").GetString(),
            StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(demand, HttpStatusCode.NotFound, "failed at step 'demand'");
    }

    [Fact]
    public async Task Refresh_NoApiKey_Returns401()
    {
        using HttpRequestMessage request =
            AdminRequests.Create(HttpMethod.Post, "/api/admin/analytics/refresh", apiKey: null);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetStatus_Always_ReturnsScheduleAndRuns()
    {
        JsonElement status = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/analytics/status");

        Assert.Equal(JsonValueKind.Null, status.GetProperty("refreshIntervalSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("lastCompletedRun").ValueKind);
        Assert.True(status.TryGetProperty("lastRun", out _));
        Assert.True(status.TryGetProperty("isRunning", out _));
    }

    [Theory]
    [InlineData("/api/analytics/forecast/demand?level=weekly", "The level 'weekly' is invalid")]
    [InlineData("/api/analytics/forecast/repeat?page=0", "The page '0' is invalid")]
    [InlineData("/api/analytics/forecast/repeat?pageSize=501", "The pageSize '501' is invalid")]
    [InlineData("/api/analytics/forecast/repeat?maxRecencyDays=-1", "The maxRecencyDays '-1' is invalid")]
    [InlineData("/api/analytics/promotions?pageSize=ten", "The pageSize 'ten' is invalid")]
    [InlineData("/api/analytics/stock-plan?format=xml", "The format 'xml' is invalid: it must be json or csv")]
    [InlineData("/api/analytics/promotions?format=pdf", "The format 'pdf' is invalid")]
    public async Task AnalyticsRoute_InvalidQuery_Returns400(string url, string expectedInDetail)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task GetCustomerPromotions_TooLongId_Returns400()
    {
        string customerId = new('7', 101);

        HttpResponseMessage response = await fixture.Client.GetAsync($"/api/analytics/promotions/{customerId}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "it must be 1 to 100 characters");
    }

    private Task<JsonElement> WaitForIdleAsync() =>
        Polling.WaitForAsync(
            () => fixture.Client.GetFromJsonAsync<JsonElement>("/api/analytics/status"),
            status => !status.GetProperty("isRunning").GetBoolean(),
            RunTimeout,
            "no analytics run to be running");
}
