using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MovieRecs.Algorithms.Tests.Data;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 with a port the system picks. It responds to up to
/// <c>maxRequests</c> requests with one fixed body and then stops accepting.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly byte[] _body;

    public LoopbackHttpServer(byte[] body, int maxRequests = 1)
    {
        _body = body;
        _listener.Start();
        Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/ml-latest-small.zip");
        _serving = ServeAsync(maxRequests);
    }

    public Uri Uri { get; }

    public int RequestCount { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(int maxRequests)
    {
        for (int i = 0; i < maxRequests; i++)
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using NetworkStream stream = client.GetStream();
            await ReadRequestHeadAsync(stream);
            RequestCount++;
            string head =
                "HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\n" +
                $"Content-Length: {_body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
            await stream.WriteAsync(_body, _stop.Token);
        }
    }

    // Reads up to the blank line that ends the request head. A GET request has no body.
    private async Task ReadRequestHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        byte[] buffer = new byte[1];
        while (head.Count < 16 * 1024 && await stream.ReadAsync(buffer, _stop.Token) == 1)
        {
            head.Add(buffer[0]);
            if (head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n')
            {
                return;
            }
        }
    }
}
