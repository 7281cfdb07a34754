using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Placement;

namespace MovieRecs.Grains.Workers;

/// <summary>Computes one shard of a similarity build from the silo's own rating matrix.</summary>
[KeyModuloPlacement]
public sealed partial class SimilarityShardGrain(
    RecommendationModelStore store,
    CpuWorkLimiter cpuWork,
    ILocalSiloDetails siloDetails,
    ILogger<SimilarityShardGrain> logger) : Grain, ISimilarityShardGrain
{
    private readonly ILogger _logger = logger;

    /// <inheritdoc />
    public async Task<SimilarityShardResult> BuildShardAsync(
        SimilarityShardRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string silo = siloDetails.SiloAddress.ToString();
        DatasetSummary data = store.Summary;
        if (request.DatasetFingerprint != data.Fingerprint)
        {
            throw new InvalidOperationException(
                $"Silo {silo} loaded the data set in '{data.Directory}' with fingerprint {data.Fingerprint}, but " +
                $"similarity build {request.JobVersion} expects {request.DatasetFingerprint}. Every silo must load " +
                "the same MovieLens files.");
        }

        var clock = Stopwatch.StartNew();
        var builder = new ItemSimilarityBuilder(store.Training.Ratings, store.GetSimilarityOptions(request.Metric));
        Neighbor[][] lists = await cpuWork.RunAsync(
            () => builder.BuildShard(request.Start, request.End, cancellationToken),
            cancellationToken);

        SimilarityShardResult result = Pack(request, lists, silo, clock.Elapsed.TotalMilliseconds);
        LogShardBuilt(
            request.Metric,
            request.JobVersion,
            request.ShardIndex,
            request.Start,
            request.End,
            result.NeighborIndices.Length,
            clock.ElapsedMilliseconds);
        return result;
    }

    private static SimilarityShardResult Pack(
        SimilarityShardRequest request,
        Neighbor[][] lists,
        string silo,
        double elapsedMilliseconds)
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
            elapsedMilliseconds);
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
}
