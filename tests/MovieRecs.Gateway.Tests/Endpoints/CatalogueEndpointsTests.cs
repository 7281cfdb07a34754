using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Endpoints;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Endpoints;

[Collection(SyntheticGatewayDefinition.Name)]
public sealed class CatalogueEndpointsTests(SyntheticGatewayFixture fixture)
{
    [Fact]
    public async Task Search_TitleWords_ReturnsOnlyMatch()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies?search=MOVIE%2013&n=20");
        JsonElement[] movies = await ReadArrayAsync(response);

        // Both words must occur: "13" is in no other title or year of 1961-2000.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement movie = Assert.Single(movies);
        Assert.Equal("Movie 13 (1973)", movie.GetProperty("title").GetString());
        Assert.Equal(13, movie.GetProperty("movieId").GetInt32());
    }

    [Fact]
    public async Task Search_CountLimit_ReturnsMostRatedFirst()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies?search=movie&n=5");
        int[] counts = (await ReadArrayAsync(response))
            .Select(movie => movie.GetProperty("ratingCount").GetInt32())
            .ToArray();

        Assert.Equal(5, counts.Length);
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task Search_NoMatch_ReturnsEmptyList()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies?search=casablanca");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await ReadArrayAsync(response));
    }

    [Theory]
    [InlineData("/api/movies", "search text is missing")]
    [InlineData("/api/movies?search=%20%20", "search text is missing")]
    [InlineData("/api/movies?search=movie&n=0", "list size n '0'")]
    [InlineData("/api/movies/popular?n=101", "list size n '101'")]
    [InlineData("/api/movies/popular?genre=Nope", "The genre 'Nope' is not in the catalogue")]
    public async Task Catalogue_InvalidInput_Returns400(string url, string expectedInDetail)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task Search_LongText_Returns400()
    {
        string text = new('a', CatalogueEndpoints.MaxSearchLength + 1);

        HttpResponseMessage response = await fixture.Client.GetAsync($"/api/movies?search={text}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "over the limit of 100");
    }

    [Fact]
    public async Task GetPopular_Genre_ReturnsMostRatedOfGenre()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies/popular?n=5&genre=comedy");
        JsonElement[] movies = await ReadArrayAsync(response);
        int[] counts = movies.Select(movie => movie.GetProperty("ratingCount").GetInt32()).ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, movies.Length);
        Assert.All(movies, movie => Assert.Contains(
            "Comedy",
            movie.GetProperty("genres").EnumerateArray().Select(genre => genre.GetString())));
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task GetGenres_Catalogue_ListsRealGenres()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/genres");
        JsonElement[] genres = await ReadArrayAsync(response);
        string?[] names = genres.Select(genre => genre.GetProperty("genre").GetString()).ToArray();

        // Every movie but the one without genres has two.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, genres.Length);
        Assert.DoesNotContain("(no genres listed)", names);
        Assert.Equal(
            2 * (SyntheticDataset.MovieCount - 1),
            genres.Sum(genre => genre.GetProperty("movieCount").GetInt32()));
    }

    private static async Task<JsonElement[]> ReadArrayAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToArray();
}
