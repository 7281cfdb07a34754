using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Health;

/// <summary>
/// Reports healthy when a silo reaches the system of record (SQLite or PostgreSQL). The gateway
/// queries the cluster, because in client mode it has no database connection of its own.
/// </summary>
internal sealed class RatingStoreHealthCheck(IGrainFactory grainFactory, IOptions<GatewayOptions> options)
    : IHealthCheck
{
    /// <summary>The registration name, which is also the key in the /health/ready body.</summary>
    public const string Name = "database";

    // The grain bounds the database query by the timeout; the extra second covers the grain call.
    private static readonly TimeSpan CallMargin = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        TimeSpan timeout = options.Value.HealthCheckTimeout;
        RatingStoreHealth health;
        try
        {
            health = await grainFactory
                .GetGrain<IRatingStoreHealthGrain>(0)
                .CheckAsync(timeout)
                .WaitAsync(timeout + CallMargin, cancellationToken);
        }
        catch (Exception exception)
            when (exception is OrleansException or TimeoutException or InvalidOperationException)
        {
            string description = $"The cluster did not check the rating store: {exception.Message}";
            return HealthCheckResult.Unhealthy(description, exception);
        }

        var data = new Dictionary<string, object>
        {
            ["provider"] = health.Provider,
            ["silo"] = health.Silo,
            ["elapsedMilliseconds"] = health.ElapsedMilliseconds,
        };
        return health.IsReachable
            ? HealthCheckResult.Healthy($"The {health.Provider} rating store answers.", data)
            : HealthCheckResult.Unhealthy(health.Error, data: data);
    }
}
