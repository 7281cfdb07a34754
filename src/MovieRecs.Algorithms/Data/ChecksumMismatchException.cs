namespace MovieRecs.Algorithms.Data;

/// <summary>
/// The exception thrown when a downloaded MovieLens file does not have the expected SHA-256, so
/// the download was discarded.
/// </summary>
public sealed class ChecksumMismatchException : DataUnavailableException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public ChecksumMismatchException()
        : base("A downloaded MovieLens file does not have the expected SHA-256.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChecksumMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public ChecksumMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one file, with a message that names it and both hashes.</summary>
    /// <param name="fileName">The file whose hash differs, for example "ratings.csv".</param>
    /// <param name="expectedSha256">The expected SHA-256 in hexadecimal.</param>
    /// <param name="actualSha256">The SHA-256 of the downloaded file in hexadecimal.</param>
    /// <param name="source">The address the file was downloaded from.</param>
    public ChecksumMismatchException(string fileName, string expectedSha256, string actualSha256, Uri source)
        : base(
            $"{fileName} downloaded from {source} has SHA-256 {actualSha256}, but {expectedSha256} " +
            "was expected, so the download was deleted. The file may be damaged, or GroupLens may have " +
            "published a new version. Retry, or point the program at a verified copy with " +
            $"{DataLocator.LocalCopyHint}.")
    {
        FileName = fileName;
        ExpectedSha256 = expectedSha256;
        ActualSha256 = actualSha256;
    }

    /// <summary>The name of the file whose hash differs, or <see langword="null"/>.</summary>
    public string? FileName { get; }

    /// <summary>The expected SHA-256 in hexadecimal, or <see langword="null"/>.</summary>
    public string? ExpectedSha256 { get; }

    /// <summary>The SHA-256 of the downloaded file in hexadecimal, or <see langword="null"/>.</summary>
    public string? ActualSha256 { get; }
}
