using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Silo;

/// <summary>
/// Chooses the data directory of a host: the MovieRecs:DataDirectory setting when it is set, else
/// the library's data locator (--data DIR, then MOVIERECS_DATA, then data/ml-latest-small under the
/// current directory, downloading the release there when it is missing).
/// </summary>
public static partial class DataDirectoryResolver
{
    /// <summary>The configuration key of the data directory.</summary>
    public const string ConfigurationKey =
        MovieRecsSiloOptions.SectionName + ":" + nameof(MovieRecsSiloOptions.DataDirectory);

    /// <summary>The time a download of the release may take, body included.</summary>
    public static TimeSpan DownloadTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Resolves the data directory and writes it to <see cref="ConfigurationKey"/>.
    /// </summary>
    /// <returns>
    /// The full path of a directory that contains movies.csv and ratings.csv, or the configured
    /// value.
    /// </returns>
    /// <exception cref="DataUnavailableException">
    /// The directory named by --data or MOVIERECS_DATA lacks a required file, or the download
    /// failed.
    /// </exception>
    public static async Task<string> ResolveAsync(
        IReadOnlyList<string> args,
        IConfiguration configuration,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(logger);

        string? configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            LogConfiguredDirectory(logger, configured);
            return configured;
        }

        using var httpClient = new HttpClient { Timeout = DownloadTimeout };
        var downloader = new MovieLensDownloader(httpClient, logger: logger);
        string directory = await DataLocator.ResolveOrDownloadAsync(
            FindDataOption(args),
            Environment.CurrentDirectory,
            downloader,
            cancellationToken);
        configuration[ConfigurationKey] = directory;
        LogResolvedDirectory(logger, directory);
        return directory;
    }

    /// <summary>
    /// Returns the value of "--data DIR" or "--data=DIR", or <see langword="null"/> when the option
    /// is absent.
    /// </summary>
    public static string? FindDataOption(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        string prefix = DataLocator.CommandLineOption + "=";
        for (int position = 0; position < args.Count; position++)
        {
            string arg = args[position];
            if (arg == DataLocator.CommandLineOption)
            {
                // A trailing --data with no value counts as empty, which the locator rejects by
                // name.
                return position + 1 < args.Count ? args[position + 1] : string.Empty;
            }

            if (arg.StartsWith(prefix, StringComparison.Ordinal))
            {
                return arg[prefix.Length..];
            }
        }

        return null;
    }

    [LoggerMessage(
        EventId = 1000,
        Level = LogLevel.Information,
        Message = "Using the data directory {Directory} from configuration")]
    private static partial void LogConfiguredDirectory(ILogger logger, string directory);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Using the data directory {Directory}")]
    private static partial void LogResolvedDirectory(ILogger logger, string directory);
}
