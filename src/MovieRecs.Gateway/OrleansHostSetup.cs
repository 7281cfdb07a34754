using MovieRecs.Gateway.Cluster;
using MovieRecs.Silo;
using MovieRecs.Silo.Telemetry;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace MovieRecs.Gateway;

/// <summary>
/// Connects the gateway to the grains: a co-hosted silo or a client of a separate cluster.
/// </summary>
internal static class OrleansHostSetup
{
    /// <summary>
    /// Adds a co-hosted silo, after resolving its data directory, or an Orleans client, as <see
    /// cref="GatewayOptions.Mode"/> selects.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">
    /// A silo setting is invalid.
    /// </exception>
    /// <exception cref="MovieRecs.Algorithms.Data.DataUnavailableException">
    /// The embedded silo's data cannot be found or downloaded.
    /// </exception>
    public static async Task AddMovieRecsOrleansAsync(this WebApplicationBuilder builder, string[] args, ILogger logger)
    {
        var gateway = new GatewayOptions();
        builder.Configuration.GetSection(GatewayOptions.SectionName).Bind(gateway);
        builder.Services
            .AddOptions<GatewayOptions>()
            .Bind(builder.Configuration.GetSection(GatewayOptions.SectionName));

        if (gateway.Mode == GatewayMode.Client)
        {
            // A client needs only the cluster's address and ids, so the data settings are not
            // checked.
            var silo = new MovieRecsSiloOptions();
            builder.Configuration.GetSection(MovieRecsSiloOptions.SectionName).Bind(silo);
            builder.Services.AddSingleton<RejectedCallRetry>();
            builder.UseOrleansClient(client =>
            {
                // Only a client meets silos that were lost or restarted; a co-hosted silo is the
                // whole cluster.
                client.AddOutgoingGrainCallFilter<RejectedCallRetryFilter>();
                client.Services.AddSingleton<IClientConnectionRetryFilter, ClusterConnectionRetryFilter>();
                client.AddActivityPropagation();
                if (TelemetryServiceCollectionExtensions.ReadDashboardOptions(builder.Configuration).Enabled)
                {
                    // The page runs here and reads the statistics the silos' dashboard grains collect.
                    client.AddDashboard();
                }

                if (ClusteringModes.IsRedis(silo.Clustering))
                {
                    client.UseRedisClustering(silo.RedisConnectionString);
                    client.Configure<ClusterOptions>(cluster =>
                    {
                        cluster.ClusterId = silo.ClusterId;
                        cluster.ServiceId = silo.ServiceId;
                    });
                }
                else
                {
                    client.UseLocalhostClustering(silo.GatewayPort, silo.ServiceId, silo.ClusterId);
                }
            });
            return;
        }

        await DataDirectoryResolver.ResolveAsync(args, builder.Configuration, logger);
        builder.UseOrleans(silo => silo.AddMovieRecsSilo(builder.Configuration));
    }
}
