using Microsoft.Extensions.Logging;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// Keeps the requested reload version and each silo's report in memory, and starts both similarity
/// builds once every active silo has reloaded.
/// </summary>
/// <remarks>
/// A version is the request time in ticks, so versions keep rising even when the grain loses its
/// memory with its silo. A new activation after a loss returns version 0, which no silo acts on, and its silos report again
/// on their next poll.
/// </remarks>
public sealed partial class DataReloadGrain(TimeProvider timeProvider, ILogger<DataReloadGrain> logger)
    : Grain, IDataReloadGrain
{
    private static readonly ItemSimilarityMetric[] Metrics = [ItemSimilarityMetric.Cosine, ItemSimilarityMetric.Pearson];

    private readonly ILogger _logger = logger;
    private readonly Dictionary<string, SiloDataReport> _reports = new(StringComparer.Ordinal);
    private long _requestedVersion;
    private DateTimeOffset? _requestedAt;
    private bool _rebuildStarted;

    /// <inheritdoc />
    public async Task<DataReloadStatus> RequestReloadAsync()
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        _requestedVersion = Math.Max(now.UtcTicks, _requestedVersion + 1);
        _requestedAt = now;
        _rebuildStarted = false;
        LogReloadRequested(_requestedVersion);
        return await GetStatusAsync();
    }

    /// <inheritdoc />
    public Task<long> GetRequestedVersionAsync() => Task.FromResult(_requestedVersion);

    /// <inheritdoc />
    public async Task ReportAsync(SiloDataReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _reports[report.Silo] = report;
        if (report.Error is not null)
        {
            LogSiloReloadFailed(report.Silo, report.Version, report.Error);
        }

        DataReloadStatus status = await GetStatusAsync();
        if (!status.IsComplete || _rebuildStarted)
        {
            return;
        }

        _rebuildStarted = true;
        LogReloadComplete(_requestedVersion, status.Silos.Count);
        var coordinator = GrainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
        foreach (ItemSimilarityMetric metric in Metrics)
        {
            await coordinator.StartSimilarityJobAsync(metric, rebuild: true);
        }
    }

    /// <inheritdoc />
    public async Task<DataReloadStatus> GetStatusAsync()
    {
        Dictionary<SiloAddress, SiloStatus> hosts = await GrainFactory
            .GetGrain<IManagementGrain>(0)
            .GetHosts(onlyActive: true);
        HashSet<string> active = hosts.Keys.Select(silo => silo.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (string gone in _reports.Keys.Where(silo => !active.Contains(silo)).ToArray())
        {
            _reports.Remove(gone);
        }

        SiloDataReport[] silos = _reports.Values.OrderBy(report => report.Silo, StringComparer.Ordinal).ToArray();
        bool complete = _requestedVersion > 0
            && active.All(silo => _reports.TryGetValue(silo, out SiloDataReport? report)
                && report.Version >= _requestedVersion
                && report.Error is null);
        return new DataReloadStatus(_requestedVersion, _requestedAt, silos, complete, _rebuildStarted);
    }

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Data reload {Version} requested")]
    private partial void LogReloadRequested(long version);

    [LoggerMessage(
        EventId = 2106,
        Level = LogLevel.Information,
        Message = "Data reload {Version} done on all {SiloCount} silos; starting both similarity builds")]
    private partial void LogReloadComplete(long version, int siloCount);

    [LoggerMessage(
        EventId = 2107,
        Level = LogLevel.Warning,
        Message = "Silo {Silo} failed data reload {Version} and serves its earlier data: {Reason}")]
    private partial void LogSiloReloadFailed(string silo, long version, string reason);
}
