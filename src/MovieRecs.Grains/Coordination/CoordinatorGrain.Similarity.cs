using System.Diagnostics;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Telemetry;

namespace MovieRecs.Grains.Coordination;

/// <remarks>
/// A build keeps its progress per shard in the grain state. The loop of a running build starts
/// every pending shard on the worker of its slot, then waits for a worker's report or the poll
/// interval, whichever comes first, and asks the workers of running shards where they stand. A
/// worker that no longer knows its shard lost it with its silo, so the shard goes back to pending
/// and starts again on the silo that now hosts the slot; shards that finished keep their stored
/// results. A coordinator that is activated again after its own silo was lost resumes the build
/// from the stored state.
/// </remarks>
public sealed partial class CoordinatorGrain
{
    private readonly Dictionary<ItemSimilarityMetric, TaskCompletionSource> _shardReports = [];
    private readonly Dictionary<ItemSimilarityMetric, JobProgress> _jobProgress = [];

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

    /// <inheritdoc />
    public Task ReportShardFinishedAsync(ItemSimilarityMetric metric, long jobVersion, ShardRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        SimilarityJobStatus status = GetStatus(metric);
        if (status.State != SimilarityJobState.Running || status.JobVersion != jobVersion || !MarkDone(metric, run))
        {
            return Task.CompletedTask;
        }

        LogShardReceived(metric, jobVersion, run.ShardIndex, run.Silo, run.ElapsedMilliseconds);
        if (_shardReports.TryGetValue(metric, out TaskCompletionSource? report))
        {
            report.TrySetResult();
        }

        return PersistAsync();
    }

    /// <summary>
    /// Resumes the builds the stored state shows running, which a lost silo left behind.
    /// </summary>
    private void ResumeRunningJobs()
    {
        foreach ((ItemSimilarityMetric metric, SimilarityJobStatus status) in state.State.Jobs.ToArray())
        {
            if (status.State != SimilarityJobState.Running || _runningJobs.ContainsKey(metric))
            {
                continue;
            }

            if (status.DatasetFingerprint != store.Summary.Fingerprint || status.Shards.Count == 0)
            {
                // The cluster restarted on other data, so the stored shards do not fit the matrix.
                StartJob(metric);
            }
            else
            {
                LogJobResumed(metric, status.JobVersion, status.ShardsDone, status.Shards.Count);
                RunInBackground(metric, status.JobVersion);
            }
        }
    }

    /// <summary>
    /// Plans a new build of the metric, marks it running and starts it in the background.
    /// </summary>
    private void StartJob(ItemSimilarityMetric metric)
    {
        long version = ++state.State.LastVersion;
        var builder = new ItemSimilarityBuilder(store.Training.Ratings, store.GetSimilarityOptions(metric));
        ShardRun[] plan = builder.PlanShards(jobOptions.Value.ShardCount)
            .Select((range, shardIndex) => ShardRun.Planned(shardIndex, range.Start, range.End))
            .ToArray();
        state.State.Jobs[metric] = GetStatus(metric) with
        {
            State = SimilarityJobState.Running,
            JobVersion = version,
            StartedAt = timeProvider.GetUtcNow(),
            FinishedAt = null,
            Shards = plan,
            Error = null,
            DatasetFingerprint = store.Summary.Fingerprint,
        };
        string jobId = JobId(metric, version);
        LogJobStarted(jobId, metric, version, builder.ItemCount, plan.Length);
        RunInBackground(metric, version);
    }

    private static string JobId(ItemSimilarityMetric metric, long version) =>
        $"similarity-{SimilarityMetricNames.ToName(metric)}-{version}";

    private void RunInBackground(ItemSimilarityMetric metric, long version)
    {
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
        string jobId = JobId(metric, version);
        using Activity? activity = MovieRecsActivities.Source.StartActivity("similarity build");
        activity?.SetTag("movierecs.job.id", jobId);
        activity?.SetTag(MovieRecsTelemetry.MetricTag, metricName);
        SimilarityJobStatus planned = GetStatus(metric);
        JobProgress progress = metrics.StartJob(MovieRecsTelemetry.SimilarityJob, metricName, planned.Shards.Count);
        for (int done = 0; done < planned.ShardsDone; done++)
        {
            progress.CompleteShard();
        }

        _jobProgress[metric] = progress;
        bool completed = false;
        try
        {
            await PersistAsync();
            SimilarityShardResult[] shards = await RunShardsAsync(metric, version);
            RatingMatrix matrix = store.Training.Ratings;
            NeighborGraph graph = await cpuWork.RunAsync(
                () => NeighborGraph.FromShards(matrix.Items.Count, shards.Select(ToLists)));
            await PushListsAsync(metric, version, graph, matrix.Items);

            SimilarityJobStatus running = GetStatus(metric);
            state.State.Jobs[metric] = running with
            {
                State = SimilarityJobState.Completed,
                ServedVersion = version,
                Revision = 0,
                RefreshedAt = null,
                FinishedAt = timeProvider.GetUtcNow(),
                ItemCount = graph.ItemCount,
                EntryCount = graph.EntryCount,
            };
            int siloCount = running.Shards.Select(run => run.Silo).Distinct().Count();
            completed = true;
            LogJobCompleted(
                jobId,
                metric,
                version,
                graph.ItemCount,
                graph.EntryCount,
                siloCount,
                clock.ElapsedMilliseconds);
            MarkChangedUsersMovies();
            await ClearResultsAsync(metric, version, running.Shards.Count);
        }
        // A background job has no caller to re-throw to, so the failure goes into the status and the log.
#pragma warning disable CA1031
        catch (Exception exception)
#pragma warning restore CA1031
        {
            state.State.Jobs[metric] = GetStatus(metric) with
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
            _shardReports.Remove(metric);
            _jobProgress.Remove(metric);
            metrics.RecordJobDuration(MovieRecsTelemetry.SimilarityJob, metricName, completed, clock.Elapsed);
        }

        await PersistAsync();
    }

    /// <summary>
    /// Runs the build's shards until every one is done and its stored result read back, and
    /// returns the results by shard index.
    /// </summary>
    private async Task<SimilarityShardResult[]> RunShardsAsync(ItemSimilarityMetric metric, long version)
    {
        while (true)
        {
            var report = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _shardReports[metric] = report;
            await StartPendingShardsAsync(metric, version);
            if (GetStatus(metric).Shards.All(shard => shard.State == ShardState.Done))
            {
                SimilarityShardResult[]? results = await ReadResultsAsync(metric, version);
                if (results is not null)
                {
                    return results;
                }

                continue;
            }

            await Task.WhenAny(report.Task, Task.Delay(jobOptions.Value.ProgressPollInterval, timeProvider));
            await CheckRunningShardsAsync(metric, version);
        }
    }

    private async Task StartPendingShardsAsync(ItemSimilarityMetric metric, long version)
    {
        ShardRun[] pending = GetStatus(metric).Shards.Where(shard => shard.State == ShardState.Pending).ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        await Task.WhenAll(pending.Select(shard => StartShardAsync(metric, version, shard)));
        await PersistAsync();
    }

    private async Task StartShardAsync(ItemSimilarityMetric metric, long version, ShardRun shard)
    {
        int maxAttempts = jobOptions.Value.MaxShardAttempts;
        if (shard.Attempts >= maxAttempts)
        {
            throw new InvalidOperationException(
                $"Shard {shard.ShardIndex} (items {shard.Start}-{shard.End}) was started {shard.Attempts} times, " +
                $"the most MovieRecs:MaxShardAttempts allows, and its silo was lost each time.");
        }

        var request = new SimilarityShardRequest(
            version,
            metric,
            shard.ShardIndex,
            shard.Start,
            shard.End,
            store.Summary.Fingerprint,
            store.Summary.CatalogueFingerprint);
        string silo;
        try
        {
            silo = await GrainFactory.GetGrain<ISimilarityShardGrain>(shard.ShardIndex).StartShardAsync(request);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            // The slot's silo is lost and not yet declared dead; the next round tries again.
            LogShardStartFailed(metric, version, shard.ShardIndex, exception.Message);
            return;
        }

        int attempt = shard.Attempts + 1;
        UpdateShard(metric, shard.ShardIndex, current => current.State switch
        {
            ShardState.Pending => current with { State = ShardState.Running, Silo = silo, Attempts = attempt },

            // The grain is reentrant, so a fast worker's report can mark the shard done before this
            // continuation runs; the attempt still counts.
            ShardState.Done when current.Attempts < attempt => current with { Attempts = attempt },
            _ => current,
        });
        if (attempt > 1)
        {
            LogShardRestarted(metric, version, shard.ShardIndex, silo, attempt);
        }
    }

    /// <summary>
    /// Asks the worker of every running shard where it stands: a finished shard is done, a shard
    /// its worker no longer knows is done if its result is stored and pending otherwise.
    /// </summary>
    private async Task CheckRunningShardsAsync(ItemSimilarityMetric metric, long version)
    {
        ShardRun[] running = GetStatus(metric).Shards.Where(shard => shard.State == ShardState.Running).ToArray();
        if (running.Length == 0)
        {
            return;
        }

        bool[] changed = await Task.WhenAll(running.Select(shard => CheckShardAsync(metric, version, shard)));
        if (changed.Any(shardChanged => shardChanged))
        {
            await PersistAsync();
        }
    }

    private async Task<bool> CheckShardAsync(ItemSimilarityMetric metric, long version, ShardRun shard)
    {
        ShardWorkReport report;
        try
        {
            report = await GrainFactory
                .GetGrain<ISimilarityShardGrain>(shard.ShardIndex)
                .GetShardStateAsync(metric, version, shard.ShardIndex);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            LogShardCheckFailed(metric, version, shard.ShardIndex, shard.Silo, exception.Message);
            return false;
        }

        switch (report.State)
        {
            case ShardWorkState.Finished when report.Run is not null:
                return MarkDone(metric, report.Run);
            case ShardWorkState.Failed:
                throw new InvalidOperationException(
                    $"Shard {shard.ShardIndex} (items {shard.Start}-{shard.End}) failed on silo {shard.Silo}: " +
                    $"{report.Error}");
            case ShardWorkState.Unknown:
                SimilarityShardResult? stored = await ResultGrain(metric, version, shard.ShardIndex).GetAsync();
                if (stored is not null)
                {
                    return MarkDone(metric, ToRun(stored));
                }

                LogShardLost(metric, version, shard.ShardIndex, shard.Silo);
                UpdateShard(metric, shard.ShardIndex, current => current.State == ShardState.Running
                    ? current with { State = ShardState.Pending }
                    : current);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Reads every shard's stored result; a shard whose result is gone goes back to pending, and
    /// the method returns <see langword="null"/> so the loop runs it again.
    /// </summary>
    private async Task<SimilarityShardResult[]?> ReadResultsAsync(ItemSimilarityMetric metric, long version)
    {
        IReadOnlyList<ShardRun> shards = GetStatus(metric).Shards;
        SimilarityShardResult?[] results = await Task.WhenAll(
            shards.Select(shard => ResultGrain(metric, version, shard.ShardIndex).GetAsync()));
        bool complete = true;
        for (int index = 0; index < results.Length; index++)
        {
            if (results[index] is null)
            {
                complete = false;
                LogShardLost(metric, version, shards[index].ShardIndex, shards[index].Silo);
                UpdateShard(metric, shards[index].ShardIndex, current => current with { State = ShardState.Pending });
            }
        }

        if (!complete)
        {
            await PersistAsync();
            return null;
        }

        return results.Select(result => result!).ToArray();
    }

    private async Task ClearResultsAsync(ItemSimilarityMetric metric, long version, int shardCount)
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, shardCount)
                .Select(shardIndex => ResultGrain(metric, version, shardIndex).ClearAsync()));
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            // The build is served already; a result left behind is overwritten by no later build,
            // since every build has its own version in the key.
            LogResultsNotCleared(metric, version, exception.Message);
        }
    }

    private IShardResultGrain ResultGrain(ItemSimilarityMetric metric, long version, int shardIndex) =>
        GrainFactory.GetGrain<IShardResultGrain>(ShardResultKeys.Of(metric, version, shardIndex));

    /// <summary>Marks a shard done with the run a worker reported; false when it was done already.</summary>
    private bool MarkDone(ItemSimilarityMetric metric, ShardRun run)
    {
        bool changed = false;
        UpdateShard(metric, run.ShardIndex, current =>
        {
            if (current.State == ShardState.Done)
            {
                return current;
            }

            changed = true;
            if (_jobProgress.TryGetValue(metric, out JobProgress? progress))
            {
                progress.CompleteShard();
            }

            string buildFingerprint = GetStatus(metric).DatasetFingerprint;
            if (run.DatasetFingerprint is string shardFingerprint && shardFingerprint != buildFingerprint)
            {
                LogShardOnOtherRatings(metric, GetStatus(metric).JobVersion, run.ShardIndex, run.Silo, shardFingerprint, buildFingerprint);
            }

            return current with
            {
                State = ShardState.Done,
                Silo = run.Silo,
                EntryCount = run.EntryCount,
                ElapsedMilliseconds = run.ElapsedMilliseconds,
                Attempts = Math.Max(1, current.Attempts),
                DatasetFingerprint = run.DatasetFingerprint,
            };
        });
        return changed;
    }

    private void UpdateShard(ItemSimilarityMetric metric, int shardIndex, Func<ShardRun, ShardRun> update)
    {
        SimilarityJobStatus status = GetStatus(metric);
        if (shardIndex < 0 || shardIndex >= status.Shards.Count)
        {
            return;
        }

        ShardRun[] shards = status.Shards.ToArray();
        shards[shardIndex] = update(shards[shardIndex]);
        state.State.Jobs[metric] = status with { Shards = shards };
    }

    private static ShardRun ToRun(SimilarityShardResult result) => new(
        result.ShardIndex,
        result.Start,
        result.End,
        result.Silo,
        result.NeighborIndices.Length,
        result.ElapsedMilliseconds,
        ShardState.Done,
        Attempts: 0,
        result.DatasetFingerprint);

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
