using System.Net;
using System.Text;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Tests.Infrastructure;
using MovieRecs.Storage.Sqlite;

namespace MovieRecs.Gateway.Tests.Endpoints;

/// <summary>
/// The rating routes; each test posts for its own user, because the gateway is shared.
/// </summary>
[Collection(SyntheticGatewayDefinition.Name)]
public sealed class RatingEndpointsTests(SyntheticGatewayFixture fixture)
{
    [Fact]
    public async Task PostRating_FirstRating_Returns201()
    {
        HttpResponseMessage response = await PostRatingAsync(20, SyntheticDataset.UnratedMovieId, "4.5");
        JsonElement stored = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/users/20/ratings", response.Headers.Location?.OriginalString);
        Assert.Equal(20, stored.GetProperty("userId").GetInt32());
        Assert.Equal(SyntheticDataset.UnratedMovieId, stored.GetProperty("movieId").GetInt32());
        Assert.Equal(4.5, stored.GetProperty("rating").GetDouble());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("previousRating").ValueKind);
        Assert.True(stored.GetProperty("timestamp").GetInt64() > 0);
    }

    [Fact]
    public async Task PostRating_SameMovie_Returns200()
    {
        await PostRatingAsync(21, SyntheticDataset.UnratedMovieId, "2.0");

        HttpResponseMessage response = await PostRatingAsync(21, SyntheticDataset.UnratedMovieId, "3.5");
        JsonElement stored = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3.5, stored.GetProperty("rating").GetDouble());
        Assert.Equal(2.0, stored.GetProperty("previousRating").GetDouble());
    }

    [Theory]
    [InlineData("content")]
    [InlineData("item-knn")]
    [InlineData("user-knn")]
    public async Task PostRating_TopRecommendation_LeavesNextList(string model)
    {
        int userId = 22 + Array.IndexOf(["content", "item-knn", "user-knn"], model);
        int topMovie = (await GetRecommendedIdsAsync(userId, model))[0];

        HttpResponseMessage posted = await PostRatingAsync(userId, topMovie, "5");
        int[] after = await GetRecommendedIdsAsync(userId, model);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.DoesNotContain(topMovie, after);
    }

    [Theory]
    [InlineData("", "request body is missing")]
    [InlineData("{\"movieId\": 1, ", "is not a valid rating")]
    [InlineData("[1, 2]", "the body must be a JSON object")]
    [InlineData("null", "JSON null")]
    [InlineData("{\"movieId\": \"abc\", \"rating\": 4}", "field movieId must be a JSON integer")]
    [InlineData("{\"movieId\": 1, \"rating\": \"abc\"}", "field rating must be a JSON number")]
    [InlineData("{\"movieId\": 1.5, \"rating\": 4}", "field movieId must be a JSON integer")]
    [InlineData("{\"movieId\": 1, \"rating\": 4.3}", "rating 4.3 is invalid")]
    [InlineData("{\"movieId\": 1, \"rating\": 6}", "rating 6 is invalid")]
    [InlineData("{\"movieId\": 1, \"rating\": 0}", "rating 0 is invalid")]
    [InlineData("{\"movieId\": 1, \"rating\": -0.5}", "rating -0.5 is invalid")]
    [InlineData("{\"movieId\": 1}", "field rating is missing")]
    [InlineData("{\"rating\": 4}", "field movieId is missing")]
    [InlineData("{\"movieId\": 1, \"rating\": null}", "field rating is missing or null")]
    [InlineData("{\"movieId\": -2, \"rating\": 4}", "movieId -2 is invalid")]
    [InlineData("{\"movieId\": 1, \"rating\": \"4\"}", "field rating must be a JSON number")]
    [InlineData("{\"movieId\": \"1\", \"rating\": 4}", "field movieId must be a JSON integer")]
    [InlineData("{\"MOVIEID\": 3, \"RATING\": 4}", "the field 'MOVIEID' is unknown")]
    [InlineData("{\"movieId\": 1, \"rating\": 4, \"extra\": 1}", "the field 'extra' is unknown")]
    [InlineData("{\"movieId\": 1, \"rating\": 4, \"rating\": 2}", "the field rating appears more than once")]
    public async Task PostRating_InvalidBody_Returns400(string body, string expectedInDetail)
    {
        HttpResponseMessage response = await PostJsonAsync(30, body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task PostRating_HugeBody_Returns413()
    {
        string body = "{\"movieId\": 1, \"rating\": 4, \"padding\": \"" + new string('x', 64 * 1024) + "\"}";

        HttpResponseMessage response = await PostJsonAsync(31, body);
        string ratings = await fixture.Client.GetStringAsync("/api/users/31/ratings");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "16384");
        Assert.DoesNotContain("\"posted\":true", ratings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRating_NoBody_Returns400()
    {
        HttpResponseMessage response = await fixture.Client.PostAsync("/api/users/30/ratings", content: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request body is missing");
    }

    [Fact]
    public async Task PostRating_UnknownMovie_Returns404()
    {
        HttpResponseMessage response = await PostRatingAsync(30, SyntheticDataset.UnknownMovieId, "4");

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.NotFound,
            $"Movie {SyntheticDataset.UnknownMovieId} is not in the catalogue");
    }

    [Fact]
    public async Task PostRating_PlainTextBody_Returns415()
    {
        using var content = new StringContent("movieId=1&rating=4", Encoding.UTF8, "text/plain");

        HttpResponseMessage response = await fixture.Client.PostAsync("/api/users/30/ratings", content);

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.UnsupportedMediaType,
            "'text/plain; charset=utf-8'");
    }

    [Fact]
    public async Task PostRating_NonNumericUser_Returns400()
    {
        HttpResponseMessage response = await PostJsonAsync("bob", "{\"movieId\": 1, \"rating\": 4}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "user id 'bob'");
    }

    [Fact]
    public async Task GetRatings_DataSetUser_SortsByMovie()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/users/3/ratings");
        JsonElement body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        JsonElement[] ratings = body.EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(ratings);
        int[] movieIds = ratings.Select(rating => rating.GetProperty("movieId").GetInt32()).ToArray();
        Assert.Equal(movieIds.Order(), movieIds);
        Assert.All(ratings, rating => Assert.False(rating.GetProperty("posted").GetBoolean()));
    }

    [Fact]
    public async Task PostRating_Acknowledged_IsInSystemOfRecord()
    {
        HttpResponseMessage response = await PostRatingAsync(41, SyntheticDataset.UnratedMovieId, "1.5");

        var store = new SqliteRatingStore(fixture.SqlitePath);
        IReadOnlyList<Rating> stored = await store.GetUserRatingsAsync(41);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(stored, rating => rating.MovieId == SyntheticDataset.UnratedMovieId && rating.Value == 1.5);
    }

    [Fact]
    public async Task DeleteRating_Posted_RemovesIt()
    {
        await PostRatingAsync(42, SyntheticDataset.UnratedMovieId, "4");

        HttpResponseMessage deleted = await fixture.Client.DeleteAsync($"/api/users/42/ratings/{SyntheticDataset.UnratedMovieId}");
        JsonElement body = JsonDocument.Parse(await deleted.Content.ReadAsStringAsync()).RootElement;
        string ratings = await fixture.Client.GetStringAsync("/api/users/42/ratings");
        HttpResponseMessage again = await fixture.Client.DeleteAsync($"/api/users/42/ratings/{SyntheticDataset.UnratedMovieId}");
        IReadOnlyList<Rating> stored = await new SqliteRatingStore(fixture.SqlitePath).GetUserRatingsAsync(42);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(4.0, body.GetProperty("rating").GetDouble());
        Assert.DoesNotContain(
            JsonDocument.Parse(ratings).RootElement.EnumerateArray(),
            rating => rating.GetProperty("movieId").GetInt32() == SyntheticDataset.UnratedMovieId);
        Assert.DoesNotContain(stored, rating => rating.MovieId == SyntheticDataset.UnratedMovieId);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound, "User 42 has no rating of movie");
    }

    [Fact]
    public async Task DeleteRating_DataSetRating_RemovesItFromProfile()
    {
        string before = await fixture.Client.GetStringAsync("/api/users/43/ratings");
        int movieId = JsonDocument.Parse(before).RootElement.EnumerateArray().First().GetProperty("movieId").GetInt32();

        HttpResponseMessage deleted = await fixture.Client.DeleteAsync($"/api/users/43/ratings/{movieId}");
        string after = await fixture.Client.GetStringAsync("/api/users/43/ratings");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.DoesNotContain(
            JsonDocument.Parse(after).RootElement.EnumerateArray(),
            rating => rating.GetProperty("movieId").GetInt32() == movieId);
    }

    [Theory]
    [InlineData("abc", "movie id 'abc'")]
    [InlineData("0", "movie id '0'")]
    public async Task DeleteRating_InvalidMovie_Returns400(string movieId, string expectedInDetail)
    {
        HttpResponseMessage response = await fixture.Client.DeleteAsync($"/api/users/44/ratings/{movieId}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    private Task<HttpResponseMessage> PostRatingAsync(int userId, int movieId, string rating) =>
        PostJsonAsync(userId, $"{{\"movieId\": {movieId}, \"rating\": {rating}}}");

    private Task<HttpResponseMessage> PostJsonAsync(object userId, string body)
    {
        var content = new StringContent(body, Encoding.UTF8, "application/json");
        return fixture.Client.PostAsync($"/api/users/{userId}/ratings", content);
    }

    private async Task<int[]> GetRecommendedIdsAsync(int userId, string model)
    {
        string json = await fixture.Client.GetStringAsync($"/api/users/{userId}/recommendations?n=5&model={model}");
        return JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("movieId").GetInt32())
            .ToArray();
    }
}
