using Microsoft.Extensions.Options;
using MovieRecs.Algorithms.Data;
using MovieRecs.Storage;

namespace MovieRecs.Silo;

/// <summary>
/// Checks <see cref="MovieRecsSiloOptions"/> and names each invalid value and the rule it breaks.
/// </summary>
public sealed class MovieRecsSiloOptionsValidator : IValidateOptions<MovieRecsSiloOptions>
{
    private const string Section = MovieRecsSiloOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MovieRecsSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        ValidatePort(nameof(MovieRecsSiloOptions.SiloPort), options.SiloPort, failures);
        ValidatePort(nameof(MovieRecsSiloOptions.GatewayPort), options.GatewayPort, failures);
        if (options.SiloPort == options.GatewayPort)
        {
            failures.Add(
                $"{Section}:SiloPort and {Section}:GatewayPort are both {options.SiloPort}, " +
                "but the two ports must differ.");
        }

        if (options.ShardCount is < 1 or > 1024)
        {
            failures.Add($"{Section}:ShardCount is {options.ShardCount}; it must be between 1 and 1024.");
        }

        if (options.PushBatchSize is < 1 or > 10_000)
        {
            failures.Add($"{Section}:PushBatchSize is {options.PushBatchSize}; it must be between 1 and 10000.");
        }

        if (options.ShardPollInterval < TimeSpan.FromMilliseconds(100) || options.ShardPollInterval > TimeSpan.FromMinutes(10))
        {
            failures.Add(
                $"{Section}:ShardPollInterval is {options.ShardPollInterval}; it must be between 00:00:00.1 and 00:10:00.");
        }

        if (options.MaxShardAttempts is < 1 or > 100)
        {
            failures.Add($"{Section}:MaxShardAttempts is {options.MaxShardAttempts}; it must be between 1 and 100.");
        }

        if (options.NeighborRefreshInterval < TimeSpan.Zero || options.NeighborRefreshInterval > TimeSpan.FromHours(1))
        {
            failures.Add(
                $"{Section}:NeighborRefreshInterval is {options.NeighborRefreshInterval}; it must be between " +
                "00:00:00 (off) and 01:00:00.");
        }

        if (options.DataReloadPollInterval < TimeSpan.Zero || options.DataReloadPollInterval > TimeSpan.FromMinutes(10))
        {
            failures.Add(
                $"{Section}:DataReloadPollInterval is {options.DataReloadPollInterval}; it must be between " +
                "00:00:00 (off) and 00:10:00.");
        }

        if (options.DrillShardDelay < TimeSpan.Zero || options.DrillShardDelay > TimeSpan.FromMinutes(10))
        {
            failures.Add(
                $"{Section}:DrillShardDelay is {options.DrillShardDelay}; it must be between 00:00:00 and 00:10:00.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId) || string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add($"{Section}:ClusterId and {Section}:ServiceId must not be empty.");
        }

        ValidateAnalytics(options.Analytics, failures);
        ValidateRatingStore(options, failures);
        ValidateClustering(options, failures);
        ValidateDataDirectory(options.DataDirectory, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateClustering(MovieRecsSiloOptions options, List<string> failures)
    {
        if (!ClusteringModes.IsKnown(options.Clustering))
        {
            failures.Add(
                $"{Section}:Clustering is '{options.Clustering}'; use '{ClusteringModes.Localhost}' (one host) " +
                $"or '{ClusteringModes.Redis}'.");
            return;
        }

        if (!ClusteringModes.IsRedis(options.Clustering))
        {
            if (options.KubernetesHosting)
            {
                failures.Add(
                    $"{Section}:KubernetesHosting is true, but {Section}:Clustering is '{options.Clustering}'. " +
                    $"Kubernetes hosting keeps the membership table in Redis: set {Section}:Clustering to " +
                    $"'{ClusteringModes.Redis}' and {Section}:RedisConnectionString.");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(options.RedisConnectionString))
        {
            failures.Add(
                $"{Section}:RedisConnectionString is not set, but {Section}:Clustering is '{ClusteringModes.Redis}'. " +
                "Set it to a StackExchange.Redis connection string such as '127.0.0.1:6379'.");
        }

        if (!options.KubernetesHosting && !System.Net.IPAddress.TryParse(options.AdvertisedAddress, out _))
        {
            failures.Add(
                $"{Section}:AdvertisedAddress is '{options.AdvertisedAddress}'; it must be an IP address " +
                "such as 127.0.0.1 that the other silos can reach.");
        }
    }

    private static void ValidateAnalytics(AnalyticsSiloOptions? analytics, List<string> failures)
    {
        if (analytics is null)
        {
            failures.Add($"{Section}:Analytics is missing; remove the null value to use the defaults.");
            return;
        }

        if (!AnalyticsSiloOptions.TryParseRefreshInterval(analytics.RefreshInterval, out TimeSpan interval))
        {
            failures.Add(
                $"{Section}:Analytics:RefreshInterval is '{analytics.RefreshInterval}', which is not a time; use " +
                $"[d.]hh:mm:ss such as 06:00:00, or '{AnalyticsSiloOptions.Off}' (or 0) to run the analytics " +
                "only on request.");
        }
        else if (interval < TimeSpan.Zero
            || (interval > TimeSpan.Zero && interval < AnalyticsSiloOptions.MinRefreshInterval)
            || interval > AnalyticsSiloOptions.MaxRefreshInterval)
        {
            failures.Add(
                $"{Section}:Analytics:RefreshInterval is {interval}; it must be between " +
                $"{AnalyticsSiloOptions.MinRefreshInterval} and {AnalyticsSiloOptions.MaxRefreshInterval}, " +
                $"or '{AnalyticsSiloOptions.Off}' (or 0).");
        }

        if (analytics.FirstRunDelay < TimeSpan.Zero || analytics.FirstRunDelay > AnalyticsSiloOptions.MaxFirstRunDelay)
        {
            failures.Add(
                $"{Section}:Analytics:FirstRunDelay is {analytics.FirstRunDelay}; it must be between 00:00:00 and " +
                $"{AnalyticsSiloOptions.MaxFirstRunDelay}.");
        }
    }

    private static void ValidateRatingStore(MovieRecsSiloOptions options, List<string> failures)
    {
        if (!RatingStoreFactory.IsKnownProvider(options.RatingStore))
        {
            failures.Add(
                $"{Section}:RatingStore is '{options.RatingStore}'; use '{RatingStoreFactory.Sqlite}' (embedded) " +
                $"or '{RatingStoreFactory.PostgreSql}'.");
        }
        else if (string.Equals(options.RatingStore, RatingStoreFactory.PostgreSql, StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            failures.Add(
                $"{Section}:PostgresConnectionString is not set, but {Section}:RatingStore is " +
                $"'{RatingStoreFactory.PostgreSql}'. Set it to an Npgsql connection string such as " +
                "'Host=127.0.0.1;Port=5432;Username=movierecs;Database=movierecs'.");
        }
        else if (string.Equals(options.RatingStore, RatingStoreFactory.Sqlite, StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add($"{Section}:SqlitePath is empty; set it to the SQLite database file to keep the ratings in.");
        }
    }

    private static void ValidatePort(string setting, int port, List<string> failures)
    {
        if (port is < 1 or > 65535)
        {
            failures.Add($"{Section}:{setting} is {port}; a port must be between 1 and 65535.");
        }
    }

    private static void ValidateDataDirectory(string directory, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            failures.Add(
                $"{Section}:DataDirectory is not set. Set it, or pass {DataLocator.LocalCopyHint}, to a directory " +
                $"that contains {MovieLensLoader.MoviesFile} and {MovieLensLoader.RatingsFile}.");
            return;
        }

        if (!Directory.Exists(directory))
        {
            failures.Add(
                $"{Section}:DataDirectory '{directory}' does not exist. Point it at a directory that contains " +
                $"{MovieLensLoader.MoviesFile} and {MovieLensLoader.RatingsFile}.");
            return;
        }

        foreach (string file in (string[])[MovieLensLoader.MoviesFile, MovieLensLoader.RatingsFile])
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                failures.Add($"{Section}:DataDirectory '{directory}' does not contain {file}.");
            }
        }
    }
}
