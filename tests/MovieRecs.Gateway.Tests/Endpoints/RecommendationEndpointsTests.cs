using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Endpoints;

[Collection(SyntheticGatewayDefinition.Name)]
public sealed class RecommendationEndpointsTests(SyntheticGatewayFixture fixture)
{
    [Fact]
    public async Task GetRecommendations_KnownUser_ReturnsListShape()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/users/1/recommendations?n=5&model=content");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, list.GetProperty("userId").GetInt32());
        Assert.Equal("content", list.GetProperty("model").GetString());
        Assert.Equal("content", list.GetProperty("servedBy").GetString());
        Assert.False(list.GetProperty("fallback").GetBoolean());
        JsonElement[] items = list.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(5, items.Length);
        JsonElement first = items[0];
        Assert.True(first.GetProperty("movieId").GetInt32() > 0);
        Assert.StartsWith("Movie ", first.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("year").GetInt32() > 1960);
        Assert.Equal(2, first.GetProperty("genres").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, first.GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task GetRecommendations_NoQuery_UsesDefaults()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/users/2/recommendations");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("wals", list.GetProperty("model").GetString());
        Assert.Equal("wals", list.GetProperty("servedBy").GetString());
        Assert.InRange(list.GetProperty("items").GetArrayLength(), 1, 10);
    }

    [Fact]
    public async Task GetRecommendations_UnknownUser_FallsBack()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(
            $"/api/users/{SyntheticDataset.UnknownUserId}/recommendations?model=item-knn-pearson");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("item-knn-pearson", list.GetProperty("model").GetString());
        Assert.Equal("popularity", list.GetProperty("servedBy").GetString());
        Assert.True(list.GetProperty("fallback").GetBoolean());
        Assert.Equal(10, list.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/users/abc/recommendations", "user id 'abc'")]
    [InlineData("/api/users/0/recommendations", "user id '0'")]
    [InlineData("/api/users/-4/recommendations", "user id '-4'")]
    [InlineData("/api/users/1.5/recommendations", "user id '1.5'")]
    [InlineData("/api/users/99999999999/recommendations", "user id '99999999999'")]
    [InlineData("/api/users/1/recommendations?n=0", "list size n '0'")]
    [InlineData("/api/users/1/recommendations?n=101", "list size n '101'")]
    [InlineData("/api/users/1/recommendations?n=ten", "list size n 'ten'")]
    [InlineData("/api/users/1/recommendations?n=", "list size n ''")]
    [InlineData("/api/users/1/recommendations?model=svd", "Unknown model 'svd'")]
    public async Task GetRecommendations_InvalidInput_Returns400(string url, string expectedInDetail)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task GetRecommendations_UnknownModel_ListsKnownModels()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/users/1/recommendations?model=svd");

        JsonElement problem =
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "item-knn-pearson");
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").GetProperty("model").ValueKind);
    }

    [Fact]
    public async Task GetRecommendations_TwoInvalidValues_ReportsBoth()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/users/x/recommendations?n=500");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "'x'");
        JsonElement errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("userId", out _));
        Assert.True(errors.TryGetProperty("n", out _));
    }
}
