using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Endpoints;

[Collection(SyntheticGatewayDefinition.Name)]
public sealed class MovieEndpointsTests(SyntheticGatewayFixture fixture)
{
    [Theory]
    [InlineData("", "cosine")]
    [InlineData("&metric=cosine", "cosine")]
    [InlineData("&metric=Pearson", "pearson")]
    public async Task GetSimilar_KnownMovie_ReturnsStrongestFirst(string metricQuery, string expectedMetric)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync($"/api/movies/1/similar?n=3{metricQuery}");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, list.GetProperty("movieId").GetInt32());
        Assert.Equal(expectedMetric, list.GetProperty("metric").GetString());
        double[] similarities = list.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("similarity").GetDouble())
            .ToArray();
        Assert.Equal(3, similarities.Length);
        Assert.Equal(similarities.OrderDescending(), similarities);
    }

    [Fact]
    public async Task GetSimilar_UnknownMovie_Returns404()
    {
        string url = $"/api/movies/{SyntheticDataset.UnknownMovieId}/similar";

        HttpResponseMessage response = await fixture.Client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.NotFound,
            $"Movie {SyntheticDataset.UnknownMovieId} is not in the catalogue");
    }

    [Theory]
    [InlineData("/api/movies/abc/similar", "movie id 'abc'")]
    [InlineData("/api/movies/0/similar", "movie id '0'")]
    [InlineData("/api/movies/1/similar?n=0", "list size n '0'")]
    [InlineData("/api/movies/1/similar?n=1000", "list size n '1000'")]
    [InlineData("/api/movies/1/similar?metric=jaccard", "metric 'jaccard'")]
    public async Task GetSimilar_InvalidInput_Returns400(string url, string expectedInDetail)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task GetMovie_KnownMovie_ReturnsCatalogueData()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies/4");
        JsonElement movie = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Movie 4 (1964)", movie.GetProperty("title").GetString());
        Assert.Equal(1964, movie.GetProperty("year").GetInt32());
        Assert.True(movie.GetProperty("ratingCount").GetInt32() > 0);
    }

    [Fact]
    public async Task GetMovie_UnknownMovie_Returns404()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies/123456");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Movie 123456");
    }
}
