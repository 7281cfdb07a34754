namespace MovieRecs.Algorithms.Data;

/// <summary>
/// Finds the MovieLens data directory: the --data value if one is given, else the MOVIERECS_DATA
/// environment variable, else data/ml-latest-small under a base directory.
/// </summary>
/// <remarks>
/// A directory chosen by --data or MOVIERECS_DATA must contain movies.csv and ratings.csv, or the
/// u.data and u.item of MovieLens 100K, and the locator fails rather than fall back to the next setting. Relative paths resolve against the base
/// directory. An empty or white-space MOVIERECS_DATA counts as unset.
/// </remarks>
public static class DataLocator
{
    /// <summary>The environment variable that names the data directory.</summary>
    public const string EnvironmentVariable = "MOVIERECS_DATA";

    /// <summary>The command-line option that names the data directory.</summary>
    public const string CommandLineOption = "--data";

    /// <summary>The phrase that error messages use to say how to point the program at a local copy.</summary>
    public const string LocalCopyHint = "--data DIR or the MOVIERECS_DATA environment variable";

    /// <summary>The default data directory relative to the base directory: data/ml-latest-small.</summary>
    public static string DefaultRelativeDirectory { get; } = Path.Combine("data", MovieLensRelease.FolderName);

    /// <summary>Resolves the data directory, reading MOVIERECS_DATA from the process environment.</summary>
    /// <param name="explicitDirectory">The --data value, or null when the option is absent.</param>
    /// <param name="baseDirectory">
    /// The directory under which the default lies and relative paths resolve, or null for the current directory.
    /// </param>
    /// <exception cref="DataUnavailableException">
    /// --data is empty, or the directory from --data or MOVIERECS_DATA lacks movies.csv or ratings.csv.
    /// </exception>
    public static DataLocation Resolve(string? explicitDirectory, string? baseDirectory = null) =>
        Resolve(explicitDirectory, baseDirectory, Environment.GetEnvironmentVariable);

    /// <summary>
    /// Resolves the data directory, reading MOVIERECS_DATA through <paramref name="getEnvironmentVariable"/>.
    /// </summary>
    /// <param name="explicitDirectory">The --data value, or null when the option is absent.</param>
    /// <param name="baseDirectory">
    /// The directory under which the default lies and relative paths resolve, or null for the current directory.
    /// </param>
    /// <param name="getEnvironmentVariable">Returns an environment variable, or null when it is unset.</param>
    /// <exception cref="DataUnavailableException">
    /// --data is empty, or the directory from --data or MOVIERECS_DATA lacks movies.csv or ratings.csv.
    /// </exception>
    public static DataLocation Resolve(
        string? explicitDirectory,
        string? baseDirectory,
        Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        string root = Path.GetFullPath(baseDirectory ?? Environment.CurrentDirectory);

        if (explicitDirectory is not null)
        {
            if (string.IsNullOrWhiteSpace(explicitDirectory))
            {
                throw new DataUnavailableException(
                    $"{CommandLineOption} was given an empty path. Pass the directory that contains " +
                    $"{MovieLensLoader.MoviesFile} and {MovieLensLoader.RatingsFile}.");
            }

            string directory = Path.GetFullPath(explicitDirectory, root);
            return RequireData(directory, DataSource.CommandLine, $"{CommandLineOption} {explicitDirectory}");
        }

        string? fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            string directory = Path.GetFullPath(fromEnvironment, root);
            string setting = $"{EnvironmentVariable}={fromEnvironment}";
            return RequireData(directory, DataSource.EnvironmentVariable, setting);
        }

        string defaultDirectory = Path.Combine(root, DefaultRelativeDirectory);
        bool exists = HasRequiredFiles(defaultDirectory) || HasMl100KFiles(defaultDirectory);
        return new DataLocation(defaultDirectory, DataSource.DefaultDirectory, exists);
    }

    /// <summary>
    /// Resolves the data directory as <see cref="Resolve(string?, string?)"/> does, and downloads the
    /// release into data/ under <paramref name="baseDirectory"/> when the default directory does not exist.
    /// </summary>
    /// <returns>The full path of a directory that contains movies.csv and ratings.csv.</returns>
    /// <exception cref="DataUnavailableException">
    /// The chosen directory lacks a required file, or the download failed (offline, timed out, hash mismatch).
    /// </exception>
    public static Task<string> ResolveOrDownloadAsync(
        string? explicitDirectory,
        string baseDirectory,
        MovieLensDownloader downloader,
        CancellationToken cancellationToken = default) =>
        ResolveOrDownloadAsync(
            explicitDirectory,
            baseDirectory,
            downloader,
            Environment.GetEnvironmentVariable,
            cancellationToken);

    /// <summary>
    /// Resolves the data directory as <see cref="Resolve(string?, string?, Func{string, string?})"/> does,
    /// and downloads the release into data/ under <paramref name="baseDirectory"/> when the default
    /// directory does not exist.
    /// </summary>
    /// <returns>The full path of a directory that contains movies.csv and ratings.csv.</returns>
    /// <exception cref="DataUnavailableException">
    /// The chosen directory lacks a required file, or the download failed (offline, timed out, hash mismatch).
    /// </exception>
    public static async Task<string> ResolveOrDownloadAsync(
        string? explicitDirectory,
        string baseDirectory,
        MovieLensDownloader downloader,
        Func<string, string?> getEnvironmentVariable,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        ArgumentNullException.ThrowIfNull(downloader);

        DataLocation location = Resolve(explicitDirectory, baseDirectory, getEnvironmentVariable);
        if (location.Exists)
        {
            return location.Directory;
        }

        string dataDirectory = Path.GetDirectoryName(location.Directory) ?? location.Directory;
        return await downloader.DownloadAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns whether <paramref name="directory"/> contains movies.csv and ratings.csv.</summary>
    internal static bool HasRequiredFiles(string directory) => FindMissingFile(directory) is null;

    /// <summary>Returns the first required file missing from <paramref name="directory"/>, or null.</summary>
    internal static string? FindMissingFile(string directory)
    {
        foreach (string file in (string[])[MovieLensLoader.MoviesFile, MovieLensLoader.RatingsFile])
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                return file;
            }
        }

        return null;
    }

    private static bool HasMl100KFiles(string directory) =>
        Directory.Exists(directory) && MovieLensLoader.DetectFormat(directory) == MovieLensFormat.Ml100K;

    private static DataLocation RequireData(string directory, DataSource source, string setting)
    {
        if (!Directory.Exists(directory))
        {
            throw new DataUnavailableException(
                $"The data directory '{directory}' from {setting} does not exist. Pass a directory that " +
                $"contains {MovieLensLoader.MoviesFile} and {MovieLensLoader.RatingsFile}.");
        }

        if (FindMissingFile(directory) is { } missingFile && !HasMl100KFiles(directory))
        {
            throw new DataUnavailableException(
                $"The data directory '{directory}' from {setting} does not contain {missingFile}. Pass a " +
                $"directory that contains {MovieLensLoader.MoviesFile} and {MovieLensLoader.RatingsFile}, or " +
                $"{MovieLensLoader.Ml100KRatingsFile} and {MovieLensLoader.Ml100KItemsFile} of MovieLens 100K.");
        }

        return new DataLocation(directory, source, Exists: true);
    }
}
