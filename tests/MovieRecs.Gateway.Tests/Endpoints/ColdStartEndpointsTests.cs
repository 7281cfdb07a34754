using System.Net;
using System.Text;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Endpoints;

[Collection(SyntheticGatewayDefinition.Name)]
public sealed class ColdStartEndpointsTests(SyntheticGatewayFixture fixture)
{
    private const string Url = "/api/recommendations/cold-start";

    [Fact]
    public async Task ColdStart_GenresOnly_ReturnsPopularInGenres()
    {
        HttpResponseMessage response = await PostAsync("{\"genres\": [\"drama\", \"Romance\"]}", "?n=6");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        JsonElement[] items = list.GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cold-start", list.GetProperty("model").GetString());
        Assert.Equal("popularity", list.GetProperty("servedBy").GetString());
        Assert.Equal(6, items.Length);
        foreach (JsonElement item in items)
        {
            string?[] genres = item.GetProperty("genres").EnumerateArray().Select(genre => genre.GetString()).ToArray();
            Assert.True(genres.Contains("Drama") || genres.Contains("Romance"), item.ToString());
            Assert.StartsWith("popular in ", item.GetProperty("reason").GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task ColdStart_Ratings_ReturnsContentWithoutRatedMovies()
    {
        const string body = "{\"ratings\": [{\"movieId\": 1, \"rating\": 5}, {\"movieId\": 4, \"rating\": 4.5}, " +
            "{\"movieId\": 2, \"rating\": 1}]}";

        HttpResponseMessage response = await PostAsync(body, "?n=5");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        JsonElement[] items = list.GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("content", list.GetProperty("servedBy").GetString());
        Assert.Equal(5, items.Length);
        Assert.DoesNotContain(items, item => item.GetProperty("movieId").GetInt32() is 1 or 2 or 4);
        Assert.All(items, item => Assert.False(
            string.IsNullOrWhiteSpace(item.GetProperty("reason").GetProperty("text").GetString())));
    }

    [Theory]
    [InlineData("{}", "no genres and no ratings")]
    [InlineData("{\"genres\": [], \"ratings\": []}", "no genres and no ratings")]
    [InlineData("{\"genres\": [\"Western\"]}", "The genre 'Western' is not in the catalogue")]
    [InlineData("{\"genres\": [null]}", "A genre is empty or null")]
    [InlineData("{\"ratings\": [{\"movieId\": 999, \"rating\": 4}]}", "The movie 999 of ratings[0] is not in the catalogue")]
    [InlineData("{\"ratings\": [{\"movieId\": 1, \"rating\": 4.2}]}", "The rating 4.2 of ratings[0] is invalid")]
    [InlineData("{\"ratings\": [{\"movieId\": 1}]}", "The rating of ratings[0] is missing")]
    [InlineData("{\"ratings\": [{\"movieId\": 1, \"rating\": 4}, {\"movieId\": 1, \"rating\": 3}]}", "rated twice")]
    [InlineData("{\"genres\": \"Drama\"}", "The request body is not valid at $.genres")]
    [InlineData("null", "JSON null")]
    [InlineData("{\"genre\": [\"Drama\"]}", "field names (case-sensitive, no other fields, each once)")]
    [InlineData("{\"ratings\": [{\"movieId\": \"1\", \"rating\": 4}]}", "The request body is not valid at $.ratings[0].movieId")]
    public async Task ColdStart_InvalidBody_Returns400(string body, string expectedInDetail)
    {
        HttpResponseMessage response = await PostAsync(body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task ColdStart_InvalidCount_Returns400()
    {
        HttpResponseMessage response = await PostAsync("{\"genres\": [\"Drama\"]}", "?n=0");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "list size n '0'");
    }

    [Fact]
    public async Task ColdStart_NoBody_Returns400()
    {
        HttpResponseMessage response = await fixture.Client.PostAsync(Url, content: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "The request body is missing");
    }

    [Fact]
    public async Task ColdStart_OversizedBody_Returns413()
    {
        string genres = string.Join(", ", Enumerable.Repeat("\"Drama\"", 2000));

        HttpResponseMessage response = await PostAsync($"{{\"genres\": [{genres}]}}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "over the limit of 16384 bytes");
    }

    [Fact]
    public async Task ColdStart_PlainText_Returns415()
    {
        using var content = new StringContent("Drama", Encoding.UTF8, "text/plain");

        HttpResponseMessage response = await fixture.Client.PostAsync(Url, content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "must be JSON");
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string query = "")
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await fixture.Client.PostAsync(Url + query, content);
    }
}
