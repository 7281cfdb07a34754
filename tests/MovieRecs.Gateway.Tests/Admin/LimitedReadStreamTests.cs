using MovieRecs.Gateway.Admin;
using Microsoft.AspNetCore.Http;

namespace MovieRecs.Gateway.Tests.Admin;

/// <summary>
/// The body limit for uploads without a declared length, which the in-memory test server cannot
/// send through the pipeline because it buffers the body and declares its length.
/// </summary>
public sealed class LimitedReadStreamTests
{
    [Fact]
    public async Task ReadAsync_AtLimit_ReadsEverything()
    {
        using var stream = new LimitedReadStream(new MemoryStream(new byte[10]), maxBytes: 10, Describe);

        int read = await ReadToEndAsync(stream);

        Assert.Equal(10, read);
    }

    [Fact]
    public async Task ReadAsync_PastLimit_Throws413()
    {
        using var stream = new LimitedReadStream(new MemoryStream(new byte[11]), maxBytes: 10, Describe);

        BadHttpRequestException exception =
            await Assert.ThrowsAsync<BadHttpRequestException>(() => ReadToEndAsync(stream));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, exception.StatusCode);
        Assert.Equal("over the limit after 11 bytes", exception.Message);
    }

    [Fact]
    public void Read_PastLimit_Throws413()
    {
        using var stream = new LimitedReadStream(new MemoryStream(new byte[11]), maxBytes: 10, Describe);
        var buffer = new byte[16];

        BadHttpRequestException exception =
            Assert.Throws<BadHttpRequestException>(() => stream.Read(buffer, 0, buffer.Length));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, exception.StatusCode);
    }

    private static string Describe(long bytesRead) => $"over the limit after {bytesRead} bytes";

    private static async Task<int> ReadToEndAsync(Stream stream)
    {
        // Reads of 4 bytes, so the limit is crossed in the middle of a read.
        var buffer = new byte[4];
        int total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
