using System.Net;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Endpoints;

[Collection(SyntheticGatewayDefinition.Name)]
public sealed class ProfileAndReasonTests(SyntheticGatewayFixture fixture)
{
    [Theory]
    [InlineData("wals")]
    [InlineData("item-knn")]
    [InlineData("user-knn")]
    [InlineData("content")]
    [InlineData("top-rated")]
    public async Task GetRecommendations_Explain_AddsReasonToSameList(string model)
    {
        string url = $"/api/users/7/recommendations?n=5&model={model}";

        JsonElement plain = await GetJsonAsync(url);
        JsonElement explained = await GetJsonAsync(url + "&explain=true");
        JsonElement[] items = explained.GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal(MovieIds(plain), MovieIds(explained));
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.False(
            string.IsNullOrWhiteSpace(item.GetProperty("reason").GetProperty("text").GetString()),
            item.ToString()));
        Assert.All(
            plain.GetProperty("items").EnumerateArray(),
            item => Assert.Equal(JsonValueKind.Null, item.GetProperty("reason").ValueKind));
    }

    [Fact]
    public async Task GetRecommendations_ItemKnnExplain_NamesRatedMovie()
    {
        JsonElement list = await GetJsonAsync("/api/users/8/recommendations?n=3&model=item-knn&explain=true");
        JsonElement reason = list.GetProperty("items")[0].GetProperty("reason");

        Assert.Equal("rated-movie", reason.GetProperty("kind").GetString());
        Assert.StartsWith("because you rated Movie ", reason.GetProperty("text").GetString());
        Assert.True(reason.GetProperty("movieId").GetInt32() > 0);
    }

    [Fact]
    public async Task GetRecommendations_UnknownUserExplain_GivesPopularityReason()
    {
        JsonElement list = await GetJsonAsync(
            $"/api/users/{SyntheticDataset.UnknownUserId + 1}/recommendations?n=3&explain=true");
        JsonElement reason = list.GetProperty("items")[0].GetProperty("reason");

        Assert.True(list.GetProperty("fallback").GetBoolean());
        Assert.Equal("popularity", reason.GetProperty("kind").GetString());
        Assert.StartsWith("popular: rated by ", reason.GetProperty("text").GetString());
    }

    [Fact]
    public async Task GetRecommendations_InvalidExplain_Returns400()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/users/1/recommendations?explain=yes");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "The explain value 'yes' is invalid");
    }

    [Fact]
    public async Task GetProfile_KnownUser_MatchesRatings()
    {
        JsonElement ratings = await GetJsonAsync("/api/users/11/ratings");
        JsonElement profile = await GetJsonAsync("/api/users/11/profile?n=5");
        JsonElement[] history = profile.GetProperty("ratings").EnumerateArray().ToArray();
        long[] timestamps = history.Select(entry => entry.GetProperty("timestamp").GetInt64()).ToArray();
        int[] genreCounts = profile.GetProperty("genres").EnumerateArray()
            .Select(genre => genre.GetProperty("ratingCount").GetInt32())
            .ToArray();

        Assert.Equal(ratings.GetArrayLength(), profile.GetProperty("ratingCount").GetInt32());
        Assert.Equal(
            ratings.EnumerateArray().Average(rating => rating.GetProperty("rating").GetDouble()),
            profile.GetProperty("meanRating").GetDouble(),
            9);
        Assert.Equal(5, history.Length);
        Assert.Equal(timestamps.OrderDescending(), timestamps);
        Assert.All(history, entry => Assert.StartsWith("Movie ", entry.GetProperty("title").GetString()));
        Assert.Equal(genreCounts.OrderDescending(), genreCounts);
        Assert.True(genreCounts.Sum() >= ratings.GetArrayLength());
    }

    [Fact]
    public async Task GetProfile_UserWithoutRatings_IsEmpty()
    {
        JsonElement profile = await GetJsonAsync($"/api/users/{SyntheticDataset.UnknownUserId + 2}/profile");

        Assert.Equal(0, profile.GetProperty("ratingCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("meanRating").ValueKind);
        Assert.Equal(0, profile.GetProperty("ratings").GetArrayLength());
        Assert.Equal(0, profile.GetProperty("genres").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/users/abc/profile", "user id 'abc'")]
    [InlineData("/api/users/1/profile?n=0", "list size n '0'")]
    public async Task GetProfile_InvalidInput_Returns400(string url, string expectedInDetail)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task GetLatestEvaluation_NoneCompleted_Returns404()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/evaluations/latest");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "No evaluation has finished");
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static int[] MovieIds(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("movieId").GetInt32()).ToArray();
}
