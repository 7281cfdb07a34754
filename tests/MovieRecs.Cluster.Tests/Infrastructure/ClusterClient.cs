using Microsoft.Extensions.Hosting;
using MovieRecs.Grains.Tests.Infrastructure;
using Orleans.Configuration;

namespace MovieRecs.Cluster.Tests.Infrastructure;

/// <summary>An Orleans client of a <see cref="ProcessCluster"/>, for what HTTP does not show.</summary>
internal static class ClusterClient
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Starts a client that finds the cluster's silos through Redis, retrying for up to ten minutes
    /// while no silo accepts clients yet: silos that load a real data set take minutes on a busy machine.
    /// </summary>
    public static async Task<IHost> ConnectAsync(string clusterId)
    {
        DateTimeOffset deadline = DateTimeOffset.UtcNow + ConnectTimeout;
        IHost host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.UseConnectionRetryFilter(async (exception, cancellationToken) =>
                {
                    if (exception is not SiloUnavailableException || DateTimeOffset.UtcNow > deadline)
                    {
                        return false;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                    return true;
                });
                client.UseRedisClustering(ClusterEnvironment.RedisConnectionString!);
                client.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = clusterId;
                    options.ServiceId = clusterId;
                });
            })
            .Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Waits until the membership table lists exactly <paramref name="count"/> active silos.</summary>
    public static async Task WaitForActiveSilosAsync(IManagementGrain management, int count, TimeSpan timeout)
    {
        await Polling.WaitForAsync(
            async () =>
            {
                try
                {
                    Dictionary<SiloAddress, SiloStatus> hosts = await management.GetHosts(onlyActive: true);
                    return hosts.Count;
                }
                catch (OrleansException)
                {
                    return -1;
                }
            },
            active => active == count,
            timeout,
            $"{count} active silos");
    }
}
