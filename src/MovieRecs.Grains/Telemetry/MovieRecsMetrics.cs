using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Telemetry;

/// <summary>
/// The silo's instruments on the <see cref="MovieRecsTelemetry.Name"/> meter: recommendation
/// latency and cache use, ingested ratings, and the progress and duration of the coordinator's
/// jobs. One instance per silo; every member is safe to call concurrently.
/// </summary>
public sealed class MovieRecsMetrics
{
    // Bucket upper bounds in seconds: a cached list takes well under a millisecond, a scored one
    // a few milliseconds, and a job from a second to an hour.
    private static readonly double[] RecommendationBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private static readonly double[] JobBuckets = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

    private readonly Histogram<double> _recommendationDuration;
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly Counter<long> _ratingsIngested;
    private readonly Histogram<double> _jobDuration;
    private readonly ConcurrentDictionary<(string Job, string Metric), JobProgress> _jobs = new();

    /// <summary>Creates the instruments on the meter <paramref name="meterFactory"/> returns.</summary>
    public MovieRecsMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);

        Meter meter = meterFactory.Create(MovieRecsTelemetry.Name);
        _recommendationDuration = meter.CreateHistogram(
            MovieRecsTelemetry.RecommendationDuration,
            unit: "s",
            description: "Time a user grain took to return a top-N list, by model and whether it was cached.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = RecommendationBuckets });
        _cacheHits = meter.CreateCounter<long>(
            MovieRecsTelemetry.RecommendationCacheHits,
            unit: "{request}",
            description: "Top-N requests the user grain returned from its list cache.");
        _cacheMisses = meter.CreateCounter<long>(
            MovieRecsTelemetry.RecommendationCacheMisses,
            unit: "{request}",
            description: "Top-N requests the user grain scored because its cache had no current list.");
        _ratingsIngested = meter.CreateCounter<long>(
            MovieRecsTelemetry.RatingsIngested,
            unit: "{rating}",
            description: "Ratings committed to the system of record: posted, deleted or imported.");
        _jobDuration = meter.CreateHistogram(
            MovieRecsTelemetry.JobDuration,
            unit: "s",
            description: "Run time of a finished similarity build or evaluation, by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = JobBuckets });
        meter.CreateObservableGauge(
            MovieRecsTelemetry.JobShardsCompleted,
            () => ObserveJobs(progress => progress.Completed),
            unit: "{shard}",
            description: "Shards (evaluation: models) of the latest job of each kind that have finished.");
        meter.CreateObservableGauge(
            MovieRecsTelemetry.JobShardsTotal,
            () => ObserveJobs(progress => progress.Total),
            unit: "{shard}",
            description: "Shards (evaluation: models) the latest job of each kind was split into.");
    }

    /// <summary>Records one top-N list a user grain returned.</summary>
    public void RecordRecommendation(string model, bool cached, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { MovieRecsTelemetry.ModelTag, model },
            { MovieRecsTelemetry.CachedTag, cached ? "true" : "false" },
        };
        _recommendationDuration.Record(elapsed.TotalSeconds, tags);
        Counter<long> counter = cached ? _cacheHits : _cacheMisses;
        counter.Add(1, new KeyValuePair<string, object?>(MovieRecsTelemetry.ModelTag, model));
    }

    /// <summary>
    /// Counts ratings committed to the system of record; <paramref name="operation"/> is one of
    /// the operation constants of <see cref="MovieRecsTelemetry"/>.
    /// </summary>
    public void RecordRatingsIngested(string operation, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _ratingsIngested.Add(count, new KeyValuePair<string, object?>(MovieRecsTelemetry.OperationTag, operation));
    }

    /// <summary>
    /// Starts reporting the progress of a job with <paramref name="shardCount"/> shards; it replaces
    /// the previous job of the same kind and metric, whose final values were reported until now.
    /// </summary>
    /// <param name="job">The job kind, <see cref="MovieRecsTelemetry.SimilarityJob"/> or
    /// <see cref="MovieRecsTelemetry.EvaluationJob"/>.</param>
    /// <param name="metric">The similarity metric, or an empty string for an evaluation.</param>
    /// <param name="shardCount">The number of shards or workers the job runs.</param>
    public JobProgress StartJob(string job, string metric, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shardCount);
        var progress = new JobProgress(shardCount);
        _jobs[(job, metric)] = progress;
        return progress;
    }

    /// <summary>Records the run time of a finished job.</summary>
    public void RecordJobDuration(string job, string metric, bool completed, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { MovieRecsTelemetry.JobTag, job },
            { MovieRecsTelemetry.OutcomeTag, completed ? "completed" : "failed" },
        };
        if (metric.Length > 0)
        {
            tags.Add(MovieRecsTelemetry.MetricTag, metric);
        }

        _jobDuration.Record(elapsed.TotalSeconds, tags);
    }

    private IEnumerable<Measurement<int>> ObserveJobs(Func<JobProgress, int> value)
    {
        foreach (KeyValuePair<(string Job, string Metric), JobProgress> entry in _jobs)
        {
            var tags = new TagList { { MovieRecsTelemetry.JobTag, entry.Key.Job } };
            if (entry.Key.Metric.Length > 0)
            {
                tags.Add(MovieRecsTelemetry.MetricTag, entry.Key.Metric);
            }

            yield return new Measurement<int>(value(entry.Value), tags);
        }
    }
}
