using System.Net;
using System.Text;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Admin;

[Collection(AdminGatewayDefinition.Name)]
public sealed class EvaluationJobEndpointsTests(AdminGatewayFixture fixture)
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task StartEvaluation_TwoModels_CompletesAndBecomesLatest()
    {
        using HttpRequestMessage start = CreateStart("{\"models\": [\"popularity\", \"Baseline\"], \"k\": 5}");
        using HttpRequestMessage second = CreateStart("{\"models\": [\"popularity\"]}");

        HttpResponseMessage response = await fixture.Client.SendAsync(start);
        JsonElement started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        HttpResponseMessage conflict = await fixture.Client.SendAsync(second);
        string jobId = started.GetProperty("jobId").GetString()!;
        JsonElement finished = await Polling.WaitForAsync(
            async () => JsonDocument.Parse(await fixture.Client.GetStringAsync($"/api/evaluations/{jobId}")).RootElement,
            status => status.GetProperty("state").GetString() != "Running",
            JobTimeout,
            $"evaluation job {jobId} to finish");
        JsonElement latest = JsonDocument.Parse(await fixture.Client.GetStringAsync("/api/evaluations/latest")).RootElement;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/evaluations/{jobId}", response.Headers.Location?.ToString());
        Assert.Equal("Running", started.GetProperty("state").GetString());
        Assert.Equal(2, started.GetProperty("modelsTotal").GetInt32());
        await ProblemAssert.IsProblemAsync(conflict, HttpStatusCode.Conflict, $"Evaluation job {jobId} is running");
        Assert.Equal("Completed", finished.GetProperty("state").GetString());
        Assert.Equal(2, finished.GetProperty("modelsDone").GetInt32());
        Assert.Equal(
            ["popularity", "baseline"],
            finished.GetProperty("report").GetProperty("results").EnumerateArray()
                .Select(result => result.GetProperty("model").GetString()));
        Assert.Equal(5, finished.GetProperty("report").GetProperty("results")[0].GetProperty("k").GetInt32());
        Assert.Equal(
            finished.GetProperty("finishedAt").GetDateTimeOffset(),
            latest.GetProperty("finishedAt").GetDateTimeOffset());
        Assert.Equal(
            finished.GetProperty("report").GetProperty("results").GetArrayLength(),
            latest.GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"models\": [\"svd\"]}", "Unknown model 'svd'")]
    [InlineData("{\"models\": [\"\"]}", "A model name is empty or null")]
    [InlineData("{\"models\": []}", "The models list is empty")]
    [InlineData("{\"k\": 0}", "The k 0 is invalid")]
    [InlineData("{\"k\": \"ten\"}", "The request body is not valid at $.k")]
    [InlineData("{\"k\": \"10\"}", "The request body is not valid at $.k")]
    [InlineData("{\"model\": [\"wals\"]}", "field names (case-sensitive, no other fields, each once)")]
    [InlineData("{\"Models\": [\"wals\"]}", "field names (case-sensitive, no other fields, each once)")]
    public async Task StartEvaluation_InvalidBody_Returns400(string body, string expectedInDetail)
    {
        using HttpRequestMessage request = CreateStart(body);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expectedInDetail);
    }

    [Fact]
    public async Task StartEvaluation_NoApiKey_Returns401()
    {
        using HttpRequestMessage request = CreateStart("{}", apiKey: null);

        HttpResponseMessage response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetEvaluationJob_UnknownId_Returns404()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/evaluations/evaluation-00000000");

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.NotFound,
            "Evaluation job 'evaluation-00000000' is not known");
    }

    private static HttpRequestMessage CreateStart(string body, string? apiKey = AdminGatewayFixture.ApiKey)
    {
        HttpRequestMessage request = AdminRequests.Create(HttpMethod.Post, "/api/admin/evaluations", apiKey);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }
}
