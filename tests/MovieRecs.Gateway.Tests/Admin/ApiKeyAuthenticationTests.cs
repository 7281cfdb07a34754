using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Admin;

[Collection(AdminGatewayDefinition.Name)]
public sealed class ApiKeyAuthenticationTests(AdminGatewayFixture fixture)
{
    [Fact]
    public async Task AdminRoute_MissingKey_Returns401()
    {
        using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Get, "/api/admin/status", apiKey: null);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.Unauthorized,
            "GET /api/admin/status requires the admin API key. Send the key configured in " +
            "MovieRecs:Gateway:AdminApiKey in the X-Api-Key header.");
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData(AdminGatewayFixture.ApiKey + "x")]
    [InlineData("TEST-ADMIN-KEY-0123456789")]
    public async Task AdminRoute_WrongKey_Returns401(string apiKey)
    {
        using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Get, "/api/admin/status", apiKey);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.Unauthorized,
            "The X-Api-Key header does not match the configured admin API key.");
    }

    [Fact]
    public async Task AdminRoute_RightKey_Returns200()
    {
        using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Get, "/api/admin/status");

        HttpResponseMessage response = await fixture.Client.SendAsync(request);
        JsonElement status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, status.GetProperty("similarity").GetArrayLength());
        Assert.Equal(SyntheticDataset.MovieCount, status.GetProperty("data").GetProperty("movieCount").GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task PublicRoute_AnyKey_StaysOpen(string? apiKey)
    {
        using HttpRequestMessage request = AdminRequests.Create(HttpMethod.Get, "/api/movies/1", apiKey);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
