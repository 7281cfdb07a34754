using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Admin;

[Collection(AdminGatewayDefinition.Name)]
public sealed class AdminEndpointsTests(AdminGatewayFixture fixture)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task RebuildSimilarity_RightKey_CompletesBuild()
    {
        using HttpRequestMessage request =
            AdminRequests.Create(HttpMethod.Post, "/api/admin/similarity/pearson/rebuild");

        HttpResponseMessage response = await fixture.Client.SendAsync(request);
        JsonElement started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        long version = started.GetProperty("jobVersion").GetInt64();
        JsonElement finished = await WaitForServedVersionAsync(response.Headers.Location!.ToString(), version);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/admin/similarity/pearson", response.Headers.Location.ToString());
        Assert.True(version >= 1, started.ToString());
        Assert.Equal(version, finished.GetProperty("servedVersion").GetInt64());
        Assert.Equal(SyntheticDataset.MovieCount, finished.GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task RebuildSimilarity_UnknownMetric_Returns400()
    {
        using HttpRequestMessage request =
            AdminRequests.Create(HttpMethod.Post, "/api/admin/similarity/jaccard/rebuild");

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "The metric 'jaccard' is invalid");
    }

    private Task<JsonElement> WaitForServedVersionAsync(string path, long version) =>
        Polling.WaitForAsync(
            async () =>
            {
                using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Get, path);
                HttpResponseMessage response = await fixture.Client.SendAsync(request);
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            },
            status => status.GetProperty("servedVersion").GetInt64() >= version,
            BuildTimeout,
            $"similarity build {version} to complete");
}
