using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MovieRecs.Algorithms.Data;

/// <summary>
/// Downloads the GroupLens ml-latest-small zip, unpacks it, and checks the SHA-256 of every CSV file
/// before the folder appears under the data directory.
/// </summary>
/// <remarks>
/// The zip and the unpacked files are written to hidden temporary paths in the data directory and
/// deleted afterwards, so data/ml-latest-small appears only once every file is verified, in one
/// directory move. A process killed mid-download can leave ".ml-latest-small-*" temporaries in the
/// data directory, but never a partial ml-latest-small folder.
/// </remarks>
public sealed partial class MovieLensDownloader
{
    /// <summary>The largest zip accepted, in bytes. The 2018 release is about 1 MB.</summary>
    internal const long MaxDownloadBytes = 64L * 1024 * 1024;

    /// <summary>The largest unpacked size accepted, in bytes. The 2018 release unpacks to 3.3 MB.</summary>
    internal const long MaxUnpackedBytes = 256L * 1024 * 1024;

    private const int Sha256HexLength = 64;

    private readonly HttpClient _httpClient;
    private readonly ILogger _logger;

    /// <summary>Creates a downloader that sends its request through <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">
    /// The client for the download. Its <see cref="HttpClient.Timeout"/> bounds the whole download,
    /// body included. The caller owns and disposes it.
    /// </param>
    /// <param name="expectedSha256">
    /// The hexadecimal SHA-256 of each CSV file by file name, or null for
    /// <see cref="MovieLensRelease.Sha256ByFile"/>.
    /// </param>
    /// <param name="sourceUri">The zip address, or null for <see cref="MovieLensRelease.ZipUri"/>.</param>
    /// <param name="logger">Receives the start and end of each download.</param>
    /// <exception cref="ArgumentException">
    /// A key of <paramref name="expectedSha256"/> is not a plain file name, or a value is not 64
    /// hexadecimal digits.
    /// </exception>
    public MovieLensDownloader(
        HttpClient httpClient,
        IReadOnlyDictionary<string, string>? expectedSha256 = null,
        Uri? sourceUri = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        expectedSha256 ??= MovieLensRelease.Sha256ByFile;
        foreach ((string file, string hash) in expectedSha256)
        {
            if (string.IsNullOrWhiteSpace(file) || Path.GetFileName(file) != file || file is "." or "..")
            {
                throw new ArgumentException(
                    $"The hash table key '{file}' is not a plain file name.",
                    nameof(expectedSha256));
            }

            if (hash is null || hash.Length != Sha256HexLength || !hash.All(char.IsAsciiHexDigit))
            {
                throw new ArgumentException(
                    $"The SHA-256 for {file} is '{hash}', not {Sha256HexLength} hexadecimal digits.",
                    nameof(expectedSha256));
            }
        }

        _httpClient = httpClient;
        ExpectedSha256 = expectedSha256;
        SourceUri = sourceUri ?? MovieLensRelease.ZipUri;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The address of the zip.</summary>
    public Uri SourceUri { get; }

    /// <summary>The expected hexadecimal SHA-256 of each CSV file, keyed by file name.</summary>
    public IReadOnlyDictionary<string, string> ExpectedSha256 { get; }

    /// <summary>
    /// Downloads and verifies the release into <paramref name="dataDirectory"/>/ml-latest-small, unless
    /// that folder already contains movies.csv and ratings.csv.
    /// </summary>
    /// <param name="dataDirectory">The parent directory, for example data/, created when missing.</param>
    /// <param name="cancellationToken">Cancels the download, and the temporaries are deleted.</param>
    /// <returns>The full path of the ml-latest-small folder.</returns>
    /// <exception cref="DataUnavailableException">
    /// The request failed or timed out, the server returned an error status, the file is not a zip of
    /// the release, or the ml-latest-small folder exists without a required file.
    /// </exception>
    /// <exception cref="ChecksumMismatchException">A CSV file does not have the expected SHA-256.</exception>
    /// <exception cref="OperationCanceledException">The caller canceled the download.</exception>
    public async Task<string> DownloadAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        string root = Path.GetFullPath(dataDirectory);
        string target = Path.Combine(root, MovieLensRelease.FolderName);
        if (Directory.Exists(target))
        {
            return UseExistingFolder(target);
        }

        Directory.CreateDirectory(root);
        string stamp = Guid.NewGuid().ToString("N");
        string zipPath = Path.Combine(root, $".{MovieLensRelease.FolderName}-{stamp}.zip.part");
        string stagingPath = Path.Combine(root, $".{MovieLensRelease.FolderName}-{stamp}.unpack");
        var stopwatch = Stopwatch.StartNew();
        LogDownloadStarted(_logger, SourceUri, root);
        try
        {
            long bytes = await DownloadZipAsync(zipPath, cancellationToken).ConfigureAwait(false);
            string unpacked = Unpack(zipPath, stagingPath);
            await VerifyAsync(unpacked, cancellationToken).ConfigureAwait(false);
            Directory.Move(unpacked, target);
            LogDownloadCompleted(
                _logger,
                bytes,
                SourceUri,
                ExpectedSha256.Count,
                target,
                stopwatch.ElapsedMilliseconds);
            return target;
        }
        finally
        {
            DeleteTemporary(zipPath);
            DeleteTemporary(stagingPath);
        }
    }

    private string UseExistingFolder(string target)
    {
        if (DataLocator.FindMissingFile(target) is { } missingFile)
        {
            throw new DataUnavailableException(
                $"'{target}' exists but does not contain {missingFile}, so nothing was downloaded over it. " +
                $"Delete the folder to download the release again, or use {DataLocator.LocalCopyHint}.");
        }

        LogAlreadyPresent(_logger, target);
        return target;
    }

    private async Task<long> DownloadZipAsync(string zipPath, CancellationToken cancellationToken)
    {
        // HttpClient.Timeout covers only the response headers when the body is streamed, so the same
        // limit is applied to the whole transfer here.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_httpClient.Timeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_httpClient.Timeout);
        }

        try
        {
            using HttpResponseMessage response = await _httpClient
                .GetAsync(SourceUri, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                string status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                throw Unavailable($"the server returned {status}", null);
            }

            long? length = response.Content.Headers.ContentLength;
            if (length > MaxDownloadBytes)
            {
                throw Unavailable($"the response is {length} bytes, over the limit of {MaxDownloadBytes}", null);
            }

            Stream body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var file = new FileStream(zipPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                await using (file.ConfigureAwait(false))
                {
                    return await CopyBoundedAsync(body, file, timeout.Token)
                        .ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            double seconds = _httpClient.Timeout.TotalSeconds;
            throw Unavailable(
                string.Create(CultureInfo.InvariantCulture, $"the download timed out after {seconds:0.#} s"),
                exception);
        }
        catch (HttpRequestException exception)
        {
            throw Unavailable(exception.Message, exception);
        }
        catch (HttpIOException exception)
        {
            throw Unavailable(exception.Message, exception);
        }
    }

    // Unpacks the files directly under ml-latest-small/ in the zip. Other entries, sub-folders and
    // names such as ".." are passed over, so no entry can write outside the staging folder.
    private string Unpack(string zipPath, string stagingPath)
    {
        string unpacked = Path.Combine(stagingPath, MovieLensRelease.FolderName);
        Directory.CreateDirectory(unpacked);
        string prefix = MovieLensRelease.FolderName + "/";
        long budget = MaxUnpackedBytes;
        try
        {
            using ZipArchive archive = ZipFile.OpenRead(zipPath);
            foreach (ZipArchiveEntry entry in archive.Entries)
            {
                string name = entry.FullName.Replace('\\', '/');
                string relative = name.StartsWith(prefix, StringComparison.Ordinal)
                    ? name[prefix.Length..]
                    : string.Empty;
                bool isPlainFile = relative.Length > 0
                    && !relative.Contains('/', StringComparison.Ordinal)
                    && relative is not ("." or "..");
                if (!isPlainFile)
                {
                    LogEntryIgnored(_logger, entry.FullName);
                    continue;
                }

                using Stream input = entry.Open();
                string destination = Path.Combine(unpacked, relative);
                using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
                budget -= CopyBounded(input, output, budget);
            }
        }
        catch (InvalidDataException exception)
        {
            throw Unavailable($"the downloaded file is not a valid zip ({exception.Message})", exception);
        }

        return unpacked;
    }

    private async Task VerifyAsync(string unpacked, CancellationToken cancellationToken)
    {
        foreach (string path in Directory.EnumerateFiles(unpacked, "*.csv"))
        {
            string file = Path.GetFileName(path);
            if (!ExpectedSha256.ContainsKey(file))
            {
                throw Unavailable($"the zip contains {file}, which has no known SHA-256", null);
            }
        }

        foreach ((string file, string expected) in ExpectedSha256)
        {
            string path = Path.Combine(unpacked, file);
            if (!File.Exists(path))
            {
                throw Unavailable($"the zip does not contain {MovieLensRelease.FolderName}/{file}", null);
            }

            string actual = await ComputeSha256Async(path, cancellationToken).ConfigureAwait(false);
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new ChecksumMismatchException(file, expected.ToLowerInvariant(), actual, SourceUri);
            }
        }

        if (DataLocator.FindMissingFile(unpacked) is { } missingFile)
        {
            throw Unavailable($"the zip does not contain {MovieLensRelease.FolderName}/{missingFile}", null);
        }
    }

    private static async Task<string> ComputeSha256Async(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, true);
        await using (stream.ConfigureAwait(false))
        {
            byte[] hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash);
        }
    }

    private async Task<long> CopyBoundedAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > MaxDownloadBytes)
            {
                throw Unavailable($"the response is larger than the limit of {MaxDownloadBytes} bytes", null);
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return total;
    }

    private long CopyBounded(Stream input, Stream output, long remainingBytes)
    {
        byte[] buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            total += read;
            if (total > remainingBytes)
            {
                throw Unavailable($"the zip unpacks to more than the limit of {MaxUnpackedBytes} bytes", null);
            }

            output.Write(buffer, 0, read);
        }

        return total;
    }

    private DataUnavailableException Unavailable(string reason, Exception? innerException)
    {
        string message =
            $"Downloading the MovieLens data from {SourceUri} failed: {reason}. Without network access, " +
            "download and unpack the zip elsewhere and point the program at the folder with " +
            $"{DataLocator.LocalCopyHint}.";
        return innerException is null
            ? new DataUnavailableException(message)
            : new DataUnavailableException(message, innerException);
    }

    private void DeleteTemporary(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            else if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogTemporaryNotDeleted(_logger, path, exception);
        }
    }
}
