using System.Net;
using MovieRecs.Gateway.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Admin;

/// <summary>A gateway with no admin API key configured: admin routes are closed, public ones open.</summary>
[Collection(SyntheticGatewayDefinition.Name)]
public sealed class AdminRoutesDisabledTests(SyntheticGatewayFixture fixture)
{
    [Theory]
    [InlineData("GET", "/api/admin/status", null)]
    [InlineData("GET", "/api/admin/status", AdminGatewayFixture.ApiKey)]
    [InlineData("POST", "/api/admin/similarity/cosine/rebuild", AdminGatewayFixture.ApiKey)]
    [InlineData("POST", "/api/admin/ratings/import", AdminGatewayFixture.ApiKey)]
    public async Task AdminRoute_NoKeyConfigured_Returns403(string method, string path, string? apiKey)
    {
        using HttpRequestMessage request = AdminRequests.Create(new HttpMethod(method), path, apiKey);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "Set MovieRecs:Gateway:AdminApiKey");
    }

    [Fact]
    public async Task PublicRoute_NoKeyConfigured_StaysOpen()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
