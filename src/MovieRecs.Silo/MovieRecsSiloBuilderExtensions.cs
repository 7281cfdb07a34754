using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Grains;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Silo.Telemetry;
using MovieRecs.Storage;
using Orleans.Configuration;
using Orleans.Dashboard;
using StackExchange.Redis;

namespace MovieRecs.Silo;

/// <summary>
/// Configures a silo as a MovieRecs silo, for the silo host and the gateway's embedded silo alike.
/// </summary>
public static class MovieRecsSiloBuilderExtensions
{
    /// <summary>The meter Orleans publishes its runtime metrics on.</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>
    /// Binds and checks <see cref="MovieRecsSiloOptions"/> from the "MovieRecs" section, sets up
    /// localhost or Redis clustering on the configured ports, with Orleans' Kubernetes hosting when
    /// enabled, adds the Orleans dashboard's silo part when "MovieRecs:Dashboard:Enabled" is true,
    /// and adds everything <see cref="AddMovieRecsServices"/> adds.
    /// </summary>
    /// <exception cref="OptionsValidationException">
    /// A setting is invalid; the message names each one and its rule.
    /// </exception>
    public static ISiloBuilder AddMovieRecsSilo(this ISiloBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);

        MovieRecsSiloOptions options = ReadOptions(configuration);
        if (TelemetryServiceCollectionExtensions.ReadDashboardOptions(configuration).Enabled)
        {
            builder.AddDashboard();
        }

        if (ClusteringModes.IsRedis(options.Clustering))
        {
            builder.UseRedisClustering(options.RedisConnectionString);
            builder.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            if (options.KubernetesHosting)
            {
                // Kubernetes hosting fills in the pod IP and listens on every address, but only
                // where the endpoint options leave them unset, so only the ports are set here. It
                // also overrides the cluster ids above when ORLEANS_CLUSTER_ID or
                // ORLEANS_SERVICE_ID is set.
                builder.Configure<EndpointOptions>(endpoints =>
                {
                    endpoints.SiloPort = options.SiloPort;
                    endpoints.GatewayPort = options.GatewayPort;
                });
                builder.UseKubernetesHosting();
            }
            else
            {
                builder.ConfigureEndpoints(
                    IPAddress.Parse(options.AdvertisedAddress),
                    options.SiloPort,
                    options.GatewayPort,
                    listenOnAnyHostAddress: false);
            }
        }
        else
        {
            builder.UseLocalhostClustering(
                siloPort: options.SiloPort,
                gatewayPort: options.GatewayPort,
                serviceId: options.ServiceId,
                clusterId: options.ClusterId);
        }

        builder.Services.AddSingleton<IValidateOptions<MovieRecsSiloOptions>, MovieRecsSiloOptionsValidator>();
        builder.Services
            .AddOptions<MovieRecsSiloOptions>()
            .Bind(configuration.GetSection(MovieRecsSiloOptions.SectionName))
            .ValidateOnStart();
        return builder.AddMovieRecsServices(options);
    }

    /// <summary>
    /// Adds the MovieRecs grains' services without clustering, for hosts that bring their own, such
    /// as a test cluster: memory grain storage, the model store, the similarity job and analytics
    /// settings, the startup build and the analytics refresh when enabled, the MovieRecs and Orleans
    /// metrics, and trace propagation through grain calls.
    /// </summary>
    /// <exception cref="OptionsValidationException">
    /// A setting is invalid; the message names each one and its rule.
    /// </exception>
    public static ISiloBuilder AddMovieRecsServices(this ISiloBuilder builder, MovieRecsSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfInvalid(options);

        if (ClusteringModes.IsRedis(options.Clustering))
        {
            // Silos in separate processes share grain state through Redis, so a lost silo's item
            // lists and job state are read back where its grains reactivate.
            builder.AddRedisGrainStorage(
                GrainStorage.Name,
                redis => redis.ConfigurationOptions = ConfigurationOptions.Parse(options.RedisConnectionString));
        }
        else
        {
            builder.AddMemoryGrainStorage(GrainStorage.Name);
        }

        builder.Services.AddSingleton<IRatingStore>(_ => RatingStoreFactory.Create(
            options.RatingStore,
            options.SqlitePath,
            options.PostgresConnectionString));
        builder.AddMovieRecsGrains(
            models =>
            {
                models.DataDirectory = options.DataDirectory;
                models.DataReloadPollInterval = options.DataReloadPollInterval;
            },
            jobs =>
            {
                jobs.ShardCount = options.ShardCount;
                jobs.PushBatchSize = options.PushBatchSize;
                jobs.ProgressPollInterval = options.ShardPollInterval;
                jobs.MaxShardAttempts = options.MaxShardAttempts;
                jobs.DrillShardDelay = options.DrillShardDelay;
                jobs.NeighborRefreshInterval = options.NeighborRefreshInterval;
            },
            analytics =>
            {
                analytics.RefreshInterval = options.Analytics.ParseRefreshInterval();
                analytics.FirstRunDelay = options.Analytics.FirstRunDelay;
            });
        if (options.BuildSimilarityOnStartup)
        {
            builder.AddSimilarityBuildOnStartup();
        }

        if (options.Analytics.ParseRefreshInterval() > TimeSpan.Zero)
        {
            builder.AddAnalyticsRefreshOnStartup();
        }

        // The host adds the exporters (see TelemetryServiceCollectionExtensions); these subscriptions
        // only make the silo's instruments visible to them.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(OrleansMeterName, MovieRecsTelemetry.Name));
        builder.AddActivityPropagation();

        // Orleans' placement retry pipeline logs one Information line per grain placement, which a
        // similarity build turns into tens of thousands.
        builder.Services.AddLogging(logging => logging.AddFilter("Polly", LogLevel.Warning));
        return builder;
    }

    /// <summary>
    /// Binds <see cref="MovieRecsSiloOptions"/> from the "MovieRecs" section and checks them.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public static MovieRecsSiloOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new MovieRecsSiloOptions();
        configuration.GetSection(MovieRecsSiloOptions.SectionName).Bind(options);
        ThrowIfInvalid(options);
        return options;
    }

    private static void ThrowIfInvalid(MovieRecsSiloOptions options)
    {
        ValidateOptionsResult result = new MovieRecsSiloOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MovieRecsSiloOptions), result.Failures);
        }
    }
}
