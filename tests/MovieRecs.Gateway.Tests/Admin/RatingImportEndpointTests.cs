using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Admin;

/// <summary>
/// POST /api/admin/ratings/import through the real pipeline into the SQLite system of record. Each
/// test writes to its own user ids above the synthetic data's 60 users.
/// </summary>
[Collection(AdminGatewayDefinition.Name)]
public sealed class RatingImportEndpointTests(AdminGatewayFixture fixture)
{
    private const string Header = "userId,movieId,rating,timestamp";

    private static readonly string UnknownMovie =
        SyntheticDataset.UnknownMovieId.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Import_GoodAndBadRows_KeepsGoodRows()
    {
        // Line 1 is the header; the lines mix CRLF and LF endings.
        string csv =
            Header + "\r\n" +
            "9101,1,4.0,1500000000\r\n" + // line 2: kept
            "9101,2,7,1500000001\n" + // line 3: rating off the scale
            $"9101,{UnknownMovie},3.0,1500000002\r\n" + // line 4: unknown movie
            "abc,3,3.0,1500000003\n" + // line 5: non-numeric user id
            "9101,3,2.5,1500000004\r\n" + // line 6: kept
            "9101,1,1.0,1500000005\r\n"; // line 7: second rating of (9101, 1)
        using HttpRequestMessage request = AdminRequests.Import(csv);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);
        JsonElement report = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, report.GetProperty("rowsRead").GetInt64());
        Assert.Equal(2, report.GetProperty("rowsKept").GetInt64());
        Assert.Equal(0, report.GetProperty("rowsFixed").GetInt64());
        Assert.Equal(4, report.GetProperty("rowsSkipped").GetInt64());
        Assert.Equal(0, report.GetProperty("issuesOmitted").GetInt64());
        Assert.Equal(1, report.GetProperty("batches").GetInt32());
        Assert.True(report.GetProperty("elapsedSeconds").GetDouble() >= 0);
        JsonElement[] issues = report.GetProperty("issues").EnumerateArray().ToArray();
        long[] lines = [3, 4, 5, 7];
        string[] kinds = ["RatingOutOfRange", "UnknownMovie", "MalformedRow", "DuplicateRating"];
        string[] columns = ["rating", "movieId", "userId", "rating"];
        Assert.Equal(lines, issues.Select(issue => issue.GetProperty("line").GetInt64()));
        Assert.Equal(kinds, issues.Select(issue => issue.GetProperty("kind").GetString()));
        Assert.Equal(columns, issues.Select(issue => issue.GetProperty("column").GetString()));
        Assert.Equal(
            new[] { "7", UnknownMovie, "abc", "1.0" },
            issues.Select(issue => issue.GetProperty("value").GetString()));
        Assert.Contains("at line 2", issues[3].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.All(issues, issue => Assert.False(string.IsNullOrWhiteSpace(issue.GetProperty("fix").GetString())));
        Assert.Equal(
            new (int, double, long)[] { (1, 4.0, 1500000000), (3, 2.5, 1500000004) },
            await GetStoredRatingsAsync(9101));
    }

    [Fact]
    public async Task Import_LaterTimestamp_Wins()
    {
        string firstCsv = Header + "\n9104,5,2.0,1500000100\n9104,6,2.0,1500000100\n";
        using (HttpRequestMessage first = AdminRequests.Import(firstCsv))
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client.SendAsync(first)).StatusCode);
        }

        // Movie 5 comes with a later timestamp and replaces the stored rating; movie 6 comes with an
        // earlier one and leaves it.
        string secondCsv = Header + "\n9104,5,4.5,1500000200\n9104,6,4.5,1500000050\n";
        using HttpRequestMessage second = AdminRequests.Import(secondCsv);
        HttpResponseMessage response = await fixture.Client.SendAsync(second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new (int, double, long)[] { (5, 4.5, 1500000200), (6, 2.0, 1500000100) },
            await GetStoredRatingsAsync(9104));
    }

    [Fact]
    public async Task Import_ThenRecommendations_ExcludeImportedMovies()
    {
        const int userId = 9102;
        int[] before = await GetRecommendedMoviesAsync(userId);
        var csv = new StringBuilder(Header + "\n");
        foreach (int movieId in before)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{userId},{movieId},4.0,1500000000\n");
        }

        using HttpRequestMessage request = AdminRequests.Import(csv.ToString());
        HttpResponseMessage response = await fixture.Client.SendAsync(request);
        int[] after = await GetRecommendedMoviesAsync(userId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, before.Length);
        Assert.Equal(5, after.Length);
        Assert.Empty(after.Intersect(before));
    }

    [Fact]
    public async Task Import_DeclaredLengthOverLimit_Returns413()
    {
        string csv = CreateRowsOverLimit(9103);
        using HttpRequestMessage request = AdminRequests.Import(csv);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.RequestEntityTooLarge,
            $"over the import limit of {AdminGatewayFixture.MaxImportBodyBytes} bytes");
        Assert.Empty(await GetStoredRatingsAsync(9103));
    }

    [Fact]
    public async Task Import_MissingHeaderColumn_Returns400()
    {
        using HttpRequestMessage request = AdminRequests.Import("userId,movieId,timestamp\n9106,1,1500000000\n");

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.BadRequest,
            "The request body has the header 'userId,movieId,timestamp', which lacks the column 'rating'.");
        Assert.Empty(await GetStoredRatingsAsync(9106));
    }

    [Fact]
    public async Task Import_EmptyBody_Returns400()
    {
        using HttpRequestMessage request = AdminRequests.Import(string.Empty);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "The request body is empty.");
    }

    [Fact]
    public async Task Import_JsonContentType_Returns415()
    {
        string csv = Header + "\n9107,1,4.0,1500000000\n";
        using HttpRequestMessage request = AdminRequests.Import(csv, "application/json");

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.UnsupportedMediaType,
            "must be a ratings CSV with Content-Type text/csv");
        Assert.Empty(await GetStoredRatingsAsync(9107));
    }

    private static string CreateRowsOverLimit(int userId)
    {
        var csv = new StringBuilder(Header + "\n");
        for (int movieId = 1; csv.Length <= AdminGatewayFixture.MaxImportBodyBytes; movieId = (movieId % 38) + 1)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{userId},{movieId},4.0,1500000000\n");
        }

        return csv.ToString();
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<(int MovieId, double Rating, long Timestamp)[]> GetStoredRatingsAsync(int userId)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync($"/api/users/{userId}/ratings");
        JsonElement ratings = await ReadJsonAsync(response);
        return ratings.EnumerateArray()
            .Select(rating => (
                rating.GetProperty("movieId").GetInt32(),
                rating.GetProperty("rating").GetDouble(),
                rating.GetProperty("timestamp").GetInt64()))
            .ToArray();
    }

    private async Task<int[]> GetRecommendedMoviesAsync(int userId)
    {
        string path = $"/api/users/{userId}/recommendations?n=5&model=popularity";
        JsonElement list = await ReadJsonAsync(await fixture.Client.GetAsync(path));
        return list.GetProperty("items")
            .EnumerateArray()
            .Select(item => item.GetProperty("movieId").GetInt32())
            .ToArray();
    }
}
