using System.Diagnostics;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Telemetry;

namespace MovieRecs.Grains.Coordination;

public sealed partial class CoordinatorGrain
{
    /// <inheritdoc />
    public Task<SimilarityJobStatus> StartSimilarityJobAsync(ItemSimilarityMetric metric, bool rebuild = false)
    {
        SimilarityJobStatus current = GetStatus(metric);
        if (_runningJobs.ContainsKey(metric) || (current.State == SimilarityJobState.Completed && !rebuild))
        {
            return Task.FromResult(current);
        }

        StartJob(metric);
        return Task.FromResult(GetStatus(metric));
    }

    /// <inheritdoc />
    public async Task<SimilarityJobStatus> BuildSimilarityAsync(ItemSimilarityMetric metric)
    {
        if (!_runningJobs.ContainsKey(metric))
        {
            StartJob(metric);
        }

        if (_runningJobs.TryGetValue(metric, out Task? job))
        {
            await job;
        }

        SimilarityJobStatus status = GetStatus(metric);
        if (status.State == SimilarityJobState.Failed)
        {
            string name = SimilarityMetricNames.ToName(metric);
            throw new InvalidOperationException(
                $"The {name} similarity build {status.JobVersion} failed: {status.Error}");
        }

        return status;
    }

    /// <summary>
    /// Marks a new build of the metric as running and starts it in the background.
    /// </summary>
    private void StartJob(ItemSimilarityMetric metric)
    {
        long version = ++state.State.LastVersion;
        state.State.Jobs[metric] = GetStatus(metric) with
        {
            State = SimilarityJobState.Running,
            JobVersion = version,
            StartedAt = timeProvider.GetUtcNow(),
            FinishedAt = null,
            Error = null,
        };

        // A large build can outlast the idle-collection age, and nothing else keeps the grain busy.
        DelayDeactivation(TimeSpan.FromHours(1));
        Task job = RunSimilarityJobAsync(metric, version);
        if (!job.IsCompleted)
        {
            _runningJobs[metric] = job;
        }
    }

    private async Task RunSimilarityJobAsync(ItemSimilarityMetric metric, long version)
    {
        var clock = Stopwatch.StartNew();
        string metricName = SimilarityMetricNames.ToName(metric);
        string jobId = $"similarity-{metricName}-{version}";
        using Activity? activity = MovieRecsActivities.Source.StartActivity("similarity build");
        activity?.SetTag("movierecs.job.id", jobId);
        activity?.SetTag(MovieRecsTelemetry.MetricTag, metricName);
        SimilarityJobStatus running = GetStatus(metric);
        bool completed = false;
        try
        {
            await PersistAsync();
            RatingMatrix matrix = store.Training.Ratings;
            var builder = new ItemSimilarityBuilder(matrix, store.GetSimilarityOptions(metric));
            IReadOnlyList<(int Start, int End)> plan = builder.PlanShards(jobOptions.Value.ShardCount);
            LogJobStarted(jobId, metric, version, matrix.Items.Count, plan.Count);
            JobProgress progress = metrics.StartJob(MovieRecsTelemetry.SimilarityJob, metricName, plan.Count);

            SimilarityShardResult[] shards = await Task.WhenAll(plan.Select((range, shardIndex) => BuildShardAsync(
                new SimilarityShardRequest(
                    version,
                    metric,
                    shardIndex,
                    range.Start,
                    range.End,
                    store.Summary.Fingerprint),
                progress)));
            foreach (SimilarityShardResult shard in shards)
            {
                LogShardReceived(metric, version, shard.ShardIndex, shard.Silo, shard.ElapsedMilliseconds);
            }

            NeighborGraph graph = await cpuWork.RunAsync(
                () => NeighborGraph.FromShards(matrix.Items.Count, shards.Select(ToLists)));
            await PushListsAsync(metric, version, graph, matrix.Items);

            ShardRun[] runs = shards
                .Select(shard => new ShardRun(
                    shard.ShardIndex,
                    shard.Start,
                    shard.End,
                    shard.Silo,
                    shard.NeighborIndices.Length,
                    shard.ElapsedMilliseconds))
                .ToArray();
            state.State.Jobs[metric] = running with
            {
                State = SimilarityJobState.Completed,
                ServedVersion = version,
                FinishedAt = timeProvider.GetUtcNow(),
                ItemCount = graph.ItemCount,
                EntryCount = graph.EntryCount,
                Shards = runs,
            };
            int siloCount = runs.Select(run => run.Silo).Distinct().Count();
            completed = true;
            LogJobCompleted(
                jobId,
                metric,
                version,
                graph.ItemCount,
                graph.EntryCount,
                siloCount,
                clock.ElapsedMilliseconds);
        }
        // A background job has no caller to re-throw to, so the failure goes into the status and the log.
#pragma warning disable CA1031
        catch (Exception exception)
#pragma warning restore CA1031
        {
            state.State.Jobs[metric] = running with
            {
                State = SimilarityJobState.Failed,
                FinishedAt = timeProvider.GetUtcNow(),
                Error = exception.Message,
            };
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            LogJobFailed(exception, jobId, metric, version, clock.ElapsedMilliseconds);
        }
        finally
        {
            _runningJobs.Remove(metric);
            metrics.RecordJobDuration(MovieRecsTelemetry.SimilarityJob, metricName, completed, clock.Elapsed);
        }

        await PersistAsync();
    }

    private async Task<SimilarityShardResult> BuildShardAsync(SimilarityShardRequest request, JobProgress progress)
    {
        try
        {
            return await GrainFactory.GetGrain<ISimilarityShardGrain>(request.ShardIndex).BuildShardAsync(request);
        }
        finally
        {
            progress.CompleteShard();
        }
    }

    /// <summary>
    /// Sends each item's symmetric list to its item grain, <see
    /// cref="SimilarityJobOptions.PushBatchSize"/> at a time.
    /// </summary>
    private async Task PushListsAsync(ItemSimilarityMetric metric, long version, NeighborGraph graph, IdIndexMap items)
    {
        int batchSize = jobOptions.Value.PushBatchSize;
        var batch = new List<Task>(batchSize);
        for (int item = 0; item < graph.ItemCount; item++)
        {
            int movieId = items.GetId(item);
            MovieSimilarity[] neighbors = graph.NeighborsOf(item)
                .Select(neighbor => new MovieSimilarity(items.GetId(neighbor.Index), neighbor.Similarity))
                .ToArray();
            batch.Add(GrainFactory
                .GetGrain<IItemGrain>(movieId)
                .SetNeighborsAsync(new NeighborList(movieId, metric, version, neighbors)));
            if (batch.Count == batchSize || item == graph.ItemCount - 1)
            {
                await Task.WhenAll(batch);
                batch.Clear();
                LogListsPushed(metric, version, item + 1, graph.ItemCount);
            }
        }
    }

    /// <summary>Unpacks a shard's compressed rows into one neighbor array per item.</summary>
    private static (int Start, Neighbor[][] Lists) ToLists(SimilarityShardResult shard)
    {
        int itemCount = shard.End - shard.Start;
        if (shard.Offsets.Length != itemCount + 1 || shard.NeighborIndices.Length != shard.Similarities.Length)
        {
            throw new InvalidOperationException(
                $"Shard {shard.ShardIndex} from silo {shard.Silo} is malformed: {shard.Offsets.Length} " +
                $"offsets for {itemCount} items, {shard.NeighborIndices.Length} neighbor indices and " +
                $"{shard.Similarities.Length} similarities.");
        }

        var lists = new Neighbor[itemCount][];
        for (int offset = 0; offset < itemCount; offset++)
        {
            int from = shard.Offsets[offset];
            int to = shard.Offsets[offset + 1];
            var list = new Neighbor[to - from];
            for (int entry = from; entry < to; entry++)
            {
                list[entry - from] = new Neighbor(shard.NeighborIndices[entry], shard.Similarities[entry]);
            }

            lists[offset] = list;
        }

        return (shard.Start, lists);
    }
}
