using System.Net;
using System.Text.Json;

namespace MovieRecs.Gateway.Tests.Infrastructure;

/// <summary>
/// Checks that a response is a problem document (RFC 9457) with the expected status and text.
/// </summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(
        HttpResponseMessage response,
        HttpStatusCode status,
        string expectedInDetail)
    {
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, Property(problem, "status", body).GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(Property(problem, "type", body).GetString()), body);
        Assert.False(string.IsNullOrWhiteSpace(Property(problem, "title", body).GetString()), body);
        Assert.Contains(expectedInDetail, Property(problem, "detail", body).GetString(), StringComparison.Ordinal);
        return problem;
    }

    private static JsonElement Property(JsonElement problem, string name, string body)
    {
        Assert.True(problem.TryGetProperty(name, out JsonElement value), $"The problem has no '{name}': {body}");
        return value;
    }
}
