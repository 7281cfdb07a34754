using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests;

/// <summary>
/// A gateway whose similarity has not been built: item-knn requests get 503, other models serve.
/// </summary>
[Collection(UnbuiltGatewayDefinition.Name)]
public sealed class UnbuiltSimilarityTests(UnbuiltGatewayFixture fixture)
{
    [Theory]
    [InlineData("item-knn", "cosine similarity model has not been built yet")]
    [InlineData("item-knn-pearson", "pearson similarity model has not been built yet")]
    public async Task GetRecommendations_ItemKnnUnbuilt_Returns503(string model, string expectedInDetail)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync($"/api/users/1/recommendations?model={model}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, expectedInDetail);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task GetRecommendations_PopularityUnbuilt_Returns200()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/users/1/recommendations?model=popularity");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetRecommendations_EmptyUserUnbuilt_FallsBack()
    {
        string url = $"/api/users/{SyntheticDataset.UnknownUserId}/recommendations";

        HttpResponseMessage response = await fixture.Client.GetAsync(url);
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(list.GetProperty("fallback").GetBoolean());
    }

    [Fact]
    public async Task GetSimilar_Unbuilt_Returns503()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies/1/similar");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "retry in a few seconds");
    }

    [Fact]
    public async Task Health_Unbuilt_Returns503()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/health");
        JsonElement report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.Contains(
            "cosine is not started",
            report.GetProperty("description").GetString(),
            StringComparison.Ordinal);
    }
}
