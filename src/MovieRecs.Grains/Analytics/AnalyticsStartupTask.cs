using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <summary>
/// Activates the analytics grain once the silo is active, so its refresh timer starts without
/// waiting for the first request. Every silo runs it; the grain is one per cluster.
/// </summary>
public sealed class AnalyticsStartupTask(IGrainFactory grainFactory) : IStartupTask
{
    /// <inheritdoc />
    public Task Execute(CancellationToken cancellationToken) =>
        grainFactory.GetGrain<IAnalyticsGrain>(AnalyticsKeys.Default).GetStatusAsync();
}
