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

    [Fact]
    public async Task ReloadData_RightKey_ReloadsAndRebuilds()
    {
        JsonElement before = await GetAdminJsonAsync("/api/admin/status");
        long[] versionsBefore = before.GetProperty("similarity").EnumerateArray()
            .Select(job => job.GetProperty("jobVersion").GetInt64())
            .ToArray();
        using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Post, "/api/admin/data/reload");

        HttpResponseMessage response = await fixture.Client.SendAsync(request);
        JsonElement requested = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        JsonElement done = await Polling.WaitForAsync(
            () => GetAdminJsonAsync("/api/admin/data"),
            status => status.GetProperty("isComplete").GetBoolean()
                && status.GetProperty("similarityRebuildStarted").GetBoolean(),
            BuildTimeout,
            "the silo to reload");
        JsonElement rebuilt = await Polling.WaitForAsync(
            () => GetAdminJsonAsync("/api/admin/status"),
            status => status.GetProperty("similarity").EnumerateArray()
                .Select((job, index) => job.GetProperty("jobVersion").GetInt64() > versionsBefore[index]
                    && job.GetProperty("state").GetString() == "Completed")
                .All(rebuiltJob => rebuiltJob),
            BuildTimeout,
            "both similarity builds after the reload");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/admin/data", response.Headers.Location!.ToString());
        Assert.True(requested.GetProperty("requestedVersion").GetInt64() > 0, requested.ToString());
        JsonElement silo = Assert.Single(done.GetProperty("silos").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, silo.GetProperty("error").ValueKind);
        // Other tests of this gateway may have posted or imported ratings, which the reload reads too.
        Assert.True(
            silo.GetProperty("ratingCount").GetInt32() >= before.GetProperty("data").GetProperty("ratingCount").GetInt32(),
            done.ToString());
        Assert.Equal(2, rebuilt.GetProperty("similarity").GetArrayLength());
    }

    private async Task<JsonElement> GetAdminJsonAsync(string path)
    {
        using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Get, path);
        HttpResponseMessage response = await fixture.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
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
