using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Tests.Data;

public sealed class MovieLensDownloaderTests
{
    private const string Hint = "--data DIR or the MOVIERECS_DATA environment variable";

    [Fact]
    public async Task DownloadAsync_GoodHashes_UnpacksFolder()
    {
        using var directory = new TempDirectory();
        var handler = FakeHttpMessageHandler.Serving(TestRelease.BuildZip());
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        string folder = await downloader.DownloadAsync(directory.Path);

        Assert.Equal(Path.Combine(directory.Path, "ml-latest-small"), folder);
        Assert.Equal(
            [
                "ml-latest-small",
                Path.Combine("ml-latest-small", "README.txt"),
                Path.Combine("ml-latest-small", "links.csv"),
                Path.Combine("ml-latest-small", "movies.csv"),
                Path.Combine("ml-latest-small", "ratings.csv"),
                Path.Combine("ml-latest-small", "tags.csv"),
            ],
            directory.ListEntries());
        string ratings = await File.ReadAllTextAsync(Path.Combine(folder, "ratings.csv"));
        Assert.Equal(TestRelease.Files["ratings.csv"], ratings);
        Assert.Equal(1, handler.RequestCount);
        Assert.Equal(MovieLensRelease.ZipUri, handler.LastRequestUri);
    }

    [Fact]
    public async Task DownloadAsync_GoodHashes_FolderLoads()
    {
        using var directory = new TempDirectory();
        using var client = new HttpClient(FakeHttpMessageHandler.Serving(TestRelease.BuildZip()));
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        string folder = await downloader.DownloadAsync(directory.Path);
        var clock = new FixedTimeProvider(MovieLensFixture.LoadTime);
        MovieLensDataset dataset = MovieLensLoader.Load(folder, timeProvider: clock);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(3, dataset.Ratings.Count);
    }

    [Fact]
    public async Task DownloadAsync_LocalHttpServer_UnpacksFolder()
    {
        using var directory = new TempDirectory();
        await using var server = new LoopbackHttpServer(TestRelease.BuildZip());
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes, server.Uri);

        string folder = await downloader.DownloadAsync(directory.Path);

        Assert.True(File.Exists(Path.Combine(folder, "movies.csv")));
        string links = await File.ReadAllTextAsync(Path.Combine(folder, "links.csv"));
        Assert.Equal(TestRelease.Files["links.csv"], links);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task DownloadAsync_WrongHash_ThrowsAndLeavesNothing()
    {
        using var directory = new TempDirectory();
        string wrongHash = new('0', 64);
        using var client = new HttpClient(FakeHttpMessageHandler.Serving(TestRelease.BuildZip()));
        var downloader = new MovieLensDownloader(client, TestRelease.HashesWith("ratings.csv", wrongHash));

        var exception = await Assert.ThrowsAsync<ChecksumMismatchException>(
            () => downloader.DownloadAsync(directory.Path));

        Assert.Equal("ratings.csv", exception.FileName);
        Assert.Equal(wrongHash, exception.ExpectedSha256);
        Assert.Equal(TestRelease.Hashes["ratings.csv"], exception.ActualSha256);
        Assert.Contains("ratings.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains(wrongHash, exception.Message, StringComparison.Ordinal);
        Assert.Contains(TestRelease.Hashes["ratings.csv"], exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_DefaultHashes_RejectTestZip()
    {
        using var directory = new TempDirectory();
        using var client = new HttpClient(FakeHttpMessageHandler.Serving(TestRelease.BuildZip()));
        var downloader = new MovieLensDownloader(client);

        await Assert.ThrowsAsync<ChecksumMismatchException>(() => downloader.DownloadAsync(directory.Path));

        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_Offline_ThrowsWithHint()
    {
        using var directory = new TempDirectory();
        using var client = new HttpClient(FakeHttpMessageHandler.Offline());
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains(Hint, exception.Message, StringComparison.Ordinal);
        Assert.Contains(MovieLensRelease.ZipUri.ToString(), exception.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_ConnectionRefused_ThrowsWithHint()
    {
        using var directory = new TempDirectory();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var closedPort = new Uri($"http://127.0.0.1:{port}/ml-latest-small.zip");
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes, closedPort);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains(Hint, exception.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_Timeout_ThrowsTimedOut()
    {
        using var directory = new TempDirectory();
        var handler = new FakeHttpMessageHandler(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            throw new InvalidOperationException("The delay ended without cancellation.");
        });
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(200) };
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains("timed out", exception.Message, StringComparison.Ordinal);
        Assert.Contains(Hint, exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_BodyStalls_ThrowsTimedOut()
    {
        using var directory = new TempDirectory();
        var handler = new FakeHttpMessageHandler((_, _) => Task.FromResult(
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) }));
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(300) };
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains("timed out", exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_ConnectionDropsMidBody_LeavesNothing()
    {
        using var directory = new TempDirectory();
        byte[] zip = TestRelease.BuildZip();
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new FailingStream(zip[..100])),
        };
        var handler = new FakeHttpMessageHandler((_, _) => Task.FromResult(response));
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains(Hint, exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_Canceled_ThrowsOperationCanceled()
    {
        using var directory = new TempDirectory();
        var handler = new FakeHttpMessageHandler(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            throw new InvalidOperationException("The delay ended without cancellation.");
        });
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => downloader.DownloadAsync(directory.Path, cancellation.Token));

        Assert.Empty(directory.ListEntries());
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "404")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "503")]
    public async Task DownloadAsync_ErrorStatus_ThrowsWithStatus(HttpStatusCode status, string code)
    {
        using var directory = new TempDirectory();
        var handler = new FakeHttpMessageHandler((_, _) => Task.FromResult(new HttpResponseMessage(status)));
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains(code, exception.Message, StringComparison.Ordinal);
        Assert.Contains(Hint, exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_NotAZip_ThrowsAndLeavesNothing()
    {
        using var directory = new TempDirectory();
        using var client = new HttpClient(FakeHttpMessageHandler.Serving("<html>moved</html>"u8.ToArray()));
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains("not a valid zip", exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_ZipWithoutRatings_ThrowsNamingFile()
    {
        using var directory = new TempDirectory();
        byte[] zip = TestRelease.BuildZip(TestRelease.Files
            .Where(pair => pair.Key != "ratings.csv")
            .Select(pair => ($"ml-latest-small/{pair.Key}", pair.Value)));
        using var client = new HttpClient(FakeHttpMessageHandler.Serving(zip));
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains("ml-latest-small/ratings.csv", exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_CsvWithoutKnownHash_Throws()
    {
        using var directory = new TempDirectory();
        byte[] zip = TestRelease.BuildZip(TestRelease.Files
            .Select(pair => ($"ml-latest-small/{pair.Key}", pair.Value))
            .Append(("ml-latest-small/genome-scores.csv", "movieId,tagId,relevance\r\n")));
        using var client = new HttpClient(FakeHttpMessageHandler.Serving(zip));
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains("genome-scores.csv", exception.Message, StringComparison.Ordinal);
        Assert.Empty(directory.ListEntries());
    }

    [Fact]
    public async Task DownloadAsync_EntriesOutsideFolder_AreIgnored()
    {
        using var directory = new TempDirectory();
        byte[] zip = TestRelease.BuildZip(TestRelease.Files
            .Select(pair => ($"ml-latest-small/{pair.Key}", pair.Value))
            .Append(("ml-latest-small/../escaped.csv", "x"))
            .Append(("other/ratings.csv", "x"))
            .Append(("ml-latest-small/nested/deep.csv", "x")));
        using var client = new HttpClient(FakeHttpMessageHandler.Serving(zip));
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        string folder = await downloader.DownloadAsync(directory.Path);

        Assert.Equal(4, Directory.GetFiles(folder).Length);
        Assert.DoesNotContain(
            directory.ListEntries(),
            entry => entry.Contains("escaped", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "escaped.csv")));
        Assert.False(Directory.Exists(Path.Combine(folder, "nested")));
    }

    [Fact]
    public async Task DownloadAsync_FolderAlreadyPresent_SkipsDownload()
    {
        using var directory = new TempDirectory();
        MovieLensFixture.WriteAll(directory);
        foreach (string file in new[] { "movies.csv", "ratings.csv" })
        {
            File.Move(Path.Combine(directory.Path, file), Path.Combine(Directory.CreateDirectory(
                Path.Combine(directory.Path, "ml-latest-small")).FullName, file));
        }

        var handler = FakeHttpMessageHandler.Offline();
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        string folder = await downloader.DownloadAsync(directory.Path);

        Assert.Equal(Path.Combine(directory.Path, "ml-latest-small"), folder);
        Assert.Equal(0, handler.RequestCount);
    }

    [Fact]
    public async Task DownloadAsync_FolderWithoutRatings_ThrowsNamingFile()
    {
        using var directory = new TempDirectory();
        directory.Write(Path.Combine("ml-latest-small", "movies.csv"), TestRelease.Files["movies.csv"]);
        var handler = FakeHttpMessageHandler.Serving(TestRelease.BuildZip());
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        DataUnavailableException exception = await DownloadFailsAsync(downloader, directory);

        Assert.Contains("ratings.csv", exception.Message, StringComparison.Ordinal);
        string folder = Path.Combine(directory.Path, "ml-latest-small");
        Assert.Contains(folder, exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.RequestCount);
    }

    [Fact]
    public async Task DownloadAsync_MissingDataDirectory_CreatesIt()
    {
        using var directory = new TempDirectory();
        string dataDirectory = Path.Combine(directory.Path, "nested", "data");
        using var client = new HttpClient(FakeHttpMessageHandler.Serving(TestRelease.BuildZip()));
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        string folder = await downloader.DownloadAsync(dataDirectory);

        Assert.True(File.Exists(Path.Combine(folder, "ratings.csv")));
        string[] entries = new DirectoryInfo(dataDirectory).GetFileSystemInfos().Select(info => info.Name).ToArray();
        Assert.Equal(["ml-latest-small"], entries);
    }

    [Theory]
    [InlineData("ratings.csv", "abc")]
    [InlineData("../ratings.csv", "aa289ca83157595d0df6aea1be6a4ded676ddc4385472e8313a8ed9805352646")]
    [InlineData("ratings.csv", "zz289ca83157595d0df6aea1be6a4ded676ddc4385472e8313a8ed9805352646")]
    public void Constructor_InvalidHashTable_Throws(string file, string hash)
    {
        using var client = new HttpClient(FakeHttpMessageHandler.Offline());

        var exception = Assert.Throws<ArgumentException>(
            () => new MovieLensDownloader(client, new Dictionary<string, string> { [file] = hash }));

        Assert.Equal("expectedSha256", exception.ParamName);
    }

    [Fact]
    public void Constructor_NoHashTable_UsesRelease()
    {
        using var client = new HttpClient(FakeHttpMessageHandler.Offline());

        var downloader = new MovieLensDownloader(client);

        Assert.Same(MovieLensRelease.Sha256ByFile, downloader.ExpectedSha256);
        Assert.Equal(MovieLensRelease.ZipUri, downloader.SourceUri);
    }

    [RequiresDataFact]
    public async Task Sha256ByFile_RealData_MatchesEveryFile()
    {
        string directory = RequiresDataFactAttribute.DataDirectory;

        foreach ((string file, string expected) in MovieLensRelease.Sha256ByFile)
        {
            byte[] content = await File.ReadAllBytesAsync(Path.Combine(directory, file));
            Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(content)));
        }

        Assert.Equal(4, MovieLensRelease.Sha256ByFile.Count);
    }

    private static Task<DataUnavailableException> DownloadFailsAsync(
        MovieLensDownloader downloader,
        TempDirectory directory) =>
        Assert.ThrowsAsync<DataUnavailableException>(() => downloader.DownloadAsync(directory.Path));

    /// <summary>A response body whose reads wait ten seconds unless canceled, then end.</summary>
    private sealed class StallingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(
            Memory<byte> buffer,
            CancellationToken cancellationToken = default)
        {
            // Bounded, so that a downloader without its own deadline fails the test instead of hanging it.
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(
            byte[] buffer,
            int offset,
            int count,
            CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A response body that returns some bytes, then fails as a dropped connection does.</summary>
    private sealed class FailingStream(byte[] prefix) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= prefix.Length)
            {
                throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
            }

            int length = Math.Min(count, prefix.Length - _position);
            Array.Copy(prefix, _position, buffer, offset, length);
            _position += length;
            return length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
