using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Endpoints;

/// <summary>
/// The body limits of the JSON routes on Kestrel, which enforces a request size limit while a body
/// without a declared length is read; the in-memory test server does not.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the factory through IAsyncLifetime.DisposeAsync.")]
public sealed class ChunkedBodyLimitTests : IAsyncLifetime
{
    private readonly string _dataDirectory = SyntheticDataset.CreateDirectory();
    private GatewayFactory? _factory;
    private HttpClient? _client;

    public Task InitializeAsync()
    {
        _factory = new GatewayFactory(_dataDirectory, buildSimilarityOnStartup: false);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SyntheticDataset.DeleteDirectory(_dataDirectory);
    }

    [Fact]
    public async Task PostRating_HugeChunkedBody_Returns413WithExample()
    {
        string body = "{\"movieId\": 1, \"rating\": 4, \"padding\": \"" + new string('x', 64 * 1024) + "\"}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/users/31/ratings") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage response = await _client!.SendAsync(request);

        Assert.Equal("127.0.0.1", _client.BaseAddress!.Host);
        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.RequestEntityTooLarge,
            "over the limit of 16384 bytes for a rating. Send {\"movieId\": 1, \"rating\": 4.5}");
    }

    [Fact]
    public async Task PostColdStart_HugeChunkedBody_Returns413WithExample()
    {
        string body = "{\"genres\": [\"" + new string('x', 64 * 1024) + "\"]}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recommendations/cold-start") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage response = await _client!.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "over the limit of");
        string problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("Request body too large", problem, StringComparison.Ordinal);
        Assert.Contains("Send {", problem, StringComparison.Ordinal);
    }
}
