using System.Text;
using MovieRecs.Gateway.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Admin;

/// <summary>Builds admin requests with or without the API key header.</summary>
public static class AdminRequests
{
    public static HttpRequestMessage Create(HttpMethod method, string path, string? apiKey = AdminGatewayFixture.ApiKey)
    {
        var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return request;
    }

    /// <summary>Creates an import request with a CSV body that declares its length.</summary>
    public static HttpRequestMessage Import(string csv, string contentType = "text/csv")
    {
        HttpRequestMessage request = Create(HttpMethod.Post, "/api/admin/ratings/import");
        request.Content = new StringContent(csv, Encoding.UTF8, contentType);
        return request;
    }
}
