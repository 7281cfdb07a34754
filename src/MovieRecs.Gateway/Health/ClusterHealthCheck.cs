using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Health;

/// <summary>
/// Reports healthy when the cluster has loaded its data set and every similarity metric has a
/// completed build, so every model can serve. Reports unhealthy while a first build runs, after it
/// failed, or when the cluster does not respond in time.
/// </summary>
internal sealed class ClusterHealthCheck(IGrainFactory grainFactory, IOptions<GatewayOptions> options) : IHealthCheck
{
    /// <summary>The registration name, which is also the key in the health bodies.</summary>
    public const string Name = "cluster";

    /// <summary>The key of the <see cref="ServiceStatus"/> in the result data.</summary>
    public const string StatusKey = "status";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        ServiceStatus status;
        try
        {
            status = await grainFactory
                .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
                .GetStatusAsync()
                .WaitAsync(options.Value.HealthCheckTimeout, cancellationToken);
        }
        catch (Exception exception)
            when (exception is OrleansException or TimeoutException or InvalidOperationException)
        {
            string description = $"The cluster did not report its status: {exception.Message}";
            return HealthCheckResult.Unhealthy(description, exception);
        }

        var data = new Dictionary<string, object> { [StatusKey] = status };
        if (status.IsReady)
        {
            return HealthCheckResult.Healthy("The data set is loaded and every similarity model is built.", data);
        }

        string pending = string.Join(
            ", ",
            status.Similarity
                .Where(job => !job.IsReady)
                .Select(job => $"{SimilarityMetricNames.ToName(job.Metric)} is {DescribeState(job.State)}"));
        return HealthCheckResult.Unhealthy($"The similarity models are not ready: {pending}.", data: data);
    }

    private static string DescribeState(SimilarityJobState state) => state switch
    {
        SimilarityJobState.NotStarted => "not started",
        SimilarityJobState.Running => "being built",
        SimilarityJobState.Failed => "failed",
        _ => "built",
    };
}
