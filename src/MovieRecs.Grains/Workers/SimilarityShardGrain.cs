using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Placement;

namespace MovieRecs.Grains.Workers;

/// <summary>
/// Computes shards of similarity builds from the silo's own rating matrix, in the background: a
/// start returns at once, the finished lists go to the shard's result grain, and the worker
/// reports to the coordinator.
/// </summary>
[KeyModuloPlacement]
public sealed partial class SimilarityShardGrain(
    RecommendationModelStore store,
    CpuWorkLimiter cpuWork,
    ILocalSiloDetails siloDetails,
    IOptions<SimilarityJobOptions> jobOptions,
    ILogger<SimilarityShardGrain> logger) : Grain, ISimilarityShardGrain
{
    // A shard can compute for longer than the idle-collection age, and its background work does
    // not count as activity.
    private static readonly TimeSpan KeepAliveWhileComputing = TimeSpan.FromHours(1);

    private readonly ILogger _logger = logger;
    private readonly Dictionary<(ItemSimilarityMetric Metric, long Version, int Shard), ShardWork> _work = [];

    private string SiloName => siloDetails.SiloAddress.ToString();

    /// <inheritdoc />
    /// <remarks>
    /// A silo whose ratings differ from the build's, as after a restart that loaded ratings posted
    /// since the other silos started, still computes the shard, because the same catalogue numbers
    /// the items alike. The coordinator logs the difference.
    /// </remarks>
    /// <exception cref="InvalidOperationException">
    /// The silo loaded a catalogue other than the build's, so its item indices mean other movies.
    /// </exception>
    public Task<string> StartShardAsync(SimilarityShardRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        DatasetSummary data = store.Summary;
        if (request.CatalogueFingerprint != data.CatalogueFingerprint)
        {
            LogOtherCatalogue(request.Metric, request.JobVersion, request.ShardIndex, data.CatalogueFingerprint, request.CatalogueFingerprint);
            throw new InvalidOperationException(
                $"Silo {SiloName} loaded the movies in '{data.Directory}' with catalogue fingerprint " +
                $"{data.CatalogueFingerprint}, but similarity build {request.JobVersion} expects " +
                $"{request.CatalogueFingerprint}. Every silo must load the same movies.csv.");
        }

        var key = (request.Metric, request.JobVersion, request.ShardIndex);
        if (!_work.ContainsKey(key))
        {
            ForgetOlderBuilds(request.Metric, request.JobVersion);
            var work = new ShardWork();
            _work[key] = work;
            DelayDeactivation(KeepAliveWhileComputing);
            _ = RunAsync(request, work);
        }

        return Task.FromResult(SiloName);
    }

    /// <inheritdoc />
    public Task<ShardWorkReport> GetShardStateAsync(ItemSimilarityMetric metric, long jobVersion, int shardIndex) =>
        Task.FromResult(_work.TryGetValue((metric, jobVersion, shardIndex), out ShardWork? work)
            ? new ShardWorkReport(work.State, work.Run, work.Error)
            : new ShardWorkReport(ShardWorkState.Unknown, null, null));

    private async Task RunAsync(SimilarityShardRequest request, ShardWork work)
    {
        ShardRun run;
        try
        {
            TimeSpan drillDelay = jobOptions.Value.DrillShardDelay;
            if (drillDelay > TimeSpan.Zero)
            {
                await Task.Delay(drillDelay);
            }

            var clock = Stopwatch.StartNew();
            var builder = new ItemSimilarityBuilder(store.Training.Ratings, store.GetSimilarityOptions(request.Metric));
            Neighbor[][] lists = await cpuWork.RunAsync(() => builder.BuildShard(request.Start, request.End));
            SimilarityShardResult result = Pack(
                request,
                lists,
                SiloName,
                clock.Elapsed.TotalMilliseconds,
                store.Summary.Fingerprint);
            await GrainFactory
                .GetGrain<IShardResultGrain>(ShardResultKeys.Of(request.Metric, request.JobVersion, request.ShardIndex))
                .StoreAsync(result);

            run = new ShardRun(
                request.ShardIndex,
                request.Start,
                request.End,
                SiloName,
                result.NeighborIndices.Length,
                result.ElapsedMilliseconds,
                ShardState.Done,
                Attempts: 0,
                result.DatasetFingerprint);
            work.Run = run;
            work.State = ShardWorkState.Finished;
            LogShardBuilt(
                request.Metric,
                request.JobVersion,
                request.ShardIndex,
                request.Start,
                request.End,
                result.NeighborIndices.Length,
                clock.ElapsedMilliseconds);
        }
        // The work runs in the background with no caller: the failure goes into the shard's state,
        // where the coordinator reads it.
#pragma warning disable CA1031
        catch (Exception exception)
#pragma warning restore CA1031
        {
            work.State = ShardWorkState.Failed;
            work.Error = exception.Message;
            LogShardFailed(exception, request.Metric, request.JobVersion, request.ShardIndex);
            return;
        }

        try
        {
            await GrainFactory
                .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
                .ReportShardFinishedAsync(request.Metric, request.JobVersion, run);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            // The coordinator asks every running shard's worker where it stands, so it learns of
            // this shard on its next round.
            LogReportFailed(request.Metric, request.JobVersion, request.ShardIndex, exception.Message);
        }

        DeactivateWhenAllFinished();
    }

    /// <summary>
    /// Deactivates the worker once every shard it was given has finished, so the next build places
    /// it again over the silos present then. Otherwise a silo that rejoins after a restart gets no
    /// shard for as long as the activations that moved to other silos stay alive. The coordinator
    /// still learns of a finished shard through its stored result. A failed shard keeps the worker,
    /// which keeps the error until the coordinator reads it.
    /// </summary>
    private void DeactivateWhenAllFinished()
    {
        if (_work.Values.All(work => work.State == ShardWorkState.Finished))
        {
            DeactivateOnIdle();
        }
    }

    /// <summary>Drops the state of a metric's shards from builds before <paramref name="version"/>.</summary>
    private void ForgetOlderBuilds(ItemSimilarityMetric metric, long version)
    {
        foreach (var key in _work.Keys.Where(key => key.Metric == metric && key.Version < version).ToArray())
        {
            if (_work[key].State != ShardWorkState.Running)
            {
                _work.Remove(key);
            }
        }
    }

    private static SimilarityShardResult Pack(
        SimilarityShardRequest request,
        Neighbor[][] lists,
        string silo,
        double elapsedMilliseconds,
        string fingerprint)
    {
        var offsets = new int[lists.Length + 1];
        for (int item = 0; item < lists.Length; item++)
        {
            offsets[item + 1] = offsets[item] + lists[item].Length;
        }

        var indices = new int[offsets[^1]];
        var similarities = new double[offsets[^1]];
        for (int item = 0; item < lists.Length; item++)
        {
            for (int position = 0; position < lists[item].Length; position++)
            {
                indices[offsets[item] + position] = lists[item][position].Index;
                similarities[offsets[item] + position] = lists[item][position].Similarity;
            }
        }

        return new SimilarityShardResult(
            request.ShardIndex,
            request.Start,
            request.End,
            offsets,
            indices,
            similarities,
            silo,
            elapsedMilliseconds,
            fingerprint);
    }

    [LoggerMessage(
        EventId = 2080,
        Level = LogLevel.Debug,
        Message = "Built shard {ShardIndex} (items {Start}-{End}) of {Metric} similarity build {Version}: " +
            "{EntryCount} entries in {ElapsedMs} ms")]
    private partial void LogShardBuilt(
        ItemSimilarityMetric metric,
        long version,
        int shardIndex,
        int start,
        int end,
        int entryCount,
        long elapsedMs);

    [LoggerMessage(
        EventId = 2081,
        Level = LogLevel.Error,
        Message = "Shard {ShardIndex} of {Metric} similarity build {Version} failed")]
    private partial void LogShardFailed(Exception exception, ItemSimilarityMetric metric, long version, int shardIndex);

    [LoggerMessage(
        EventId = 2082,
        Level = LogLevel.Warning,
        Message = "Could not report shard {ShardIndex} of {Metric} similarity build {Version} to the coordinator, " +
            "which will ask for it: {Reason}")]
    private partial void LogReportFailed(ItemSimilarityMetric metric, long version, int shardIndex, string reason);

    [LoggerMessage(
        EventId = 2083,
        Level = LogLevel.Error,
        Message = "Rejected shard {ShardIndex} of {Metric} similarity build {Version}: this silo loaded catalogue " +
            "{SiloCatalogue}, the build expects {BuildCatalogue}")]
    private partial void LogOtherCatalogue(
        ItemSimilarityMetric metric,
        long version,
        int shardIndex,
        string siloCatalogue,
        string buildCatalogue);

    /// <summary>The state of one shard this activation was asked to compute.</summary>
    private sealed class ShardWork
    {
        public ShardWorkState State { get; set; } = ShardWorkState.Running;

        public ShardRun? Run { get; set; }

        public string? Error { get; set; }
    }
}
