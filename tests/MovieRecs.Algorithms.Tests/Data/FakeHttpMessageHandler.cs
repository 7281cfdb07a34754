namespace MovieRecs.Algorithms.Tests.Data;

/// <summary>A stand-in for the network that responds to each request with a function and counts them.</summary>
internal sealed class FakeHttpMessageHandler(
    Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private int _requestCount;

    public int RequestCount => _requestCount;

    public Uri? LastRequestUri { get; private set; }

    /// <summary>Creates a handler that returns 200 with <paramref name="body"/> as a zip.</summary>
    public static FakeHttpMessageHandler Serving(byte[] body) => new((_, _) =>
    {
        var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(body),
        };
        return Task.FromResult(response);
    });

    /// <summary>Creates a handler that fails every request as an unreachable network would.</summary>
    public static FakeHttpMessageHandler Offline() => new((_, _) =>
        throw new HttpRequestException("Name or service not known (files.grouplens.org:443)"));

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requestCount);
        LastRequestUri = request.RequestUri;
        return respond(request, cancellationToken);
    }
}
