namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The names of the project's own meter, activity source, instruments and tags, shared by the
/// silo, which records most instruments, and the gateway, which records the rate limiter's and
/// subscribes exporters to both.
/// </summary>
/// <remarks>
/// Instrument names follow the OpenTelemetry conventions (dotted, lower case, unit in the unit
/// field). The Prometheus exporter turns dots into underscores and appends the unit and
/// <c>_total</c>, so <see cref="RatingsIngested"/> is scraped as
/// <c>movierecs_ratings_ingested_total</c>.
/// </remarks>
public static class MovieRecsTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "MovieRecs";

    /// <summary>Histogram of the time a user grain takes to return a top-N list, in seconds.</summary>
    public const string RecommendationDuration = "movierecs.recommendation.duration";

    /// <summary>Counter of top-N requests the user grain returned from its list cache.</summary>
    public const string RecommendationCacheHits = "movierecs.recommendation.cache.hits";

    /// <summary>Counter of top-N requests the user grain had to score.</summary>
    public const string RecommendationCacheMisses = "movierecs.recommendation.cache.misses";

    /// <summary>Counter of ratings committed to the system of record, by <see cref="OperationTag"/>.</summary>
    public const string RatingsIngested = "movierecs.ratings.ingested";

    /// <summary>Observable gauge of the shards (or evaluation workers) of a job that have finished.</summary>
    public const string JobShardsCompleted = "movierecs.job.shards.completed";

    /// <summary>Observable gauge of the shards (or evaluation workers) a job was split into.</summary>
    public const string JobShardsTotal = "movierecs.job.shards.total";

    /// <summary>Histogram of the run time of a finished job, in seconds.</summary>
    public const string JobDuration = "movierecs.job.duration";

    /// <summary>Counter of requests the gateway's rate limiter rejected with 429.</summary>
    public const string RateLimitedRequests = "movierecs.http.rate_limited";

    /// <summary>Tag: the model name a top-N list was requested from.</summary>
    public const string ModelTag = "model";

    /// <summary>Tag: "true" when the list came from the user grain's cache, else "false".</summary>
    public const string CachedTag = "cached";

    /// <summary>Tag: how a rating was ingested, one of <see cref="PostedOperation"/>,
    /// <see cref="DeletedOperation"/> and <see cref="ImportedOperation"/>.</summary>
    public const string OperationTag = "operation";

    /// <summary>Tag: the job kind, <see cref="SimilarityJob"/> or <see cref="EvaluationJob"/>.</summary>
    public const string JobTag = "job";

    /// <summary>Tag: the similarity metric of a similarity job, "cosine" or "pearson".</summary>
    public const string MetricTag = "metric";

    /// <summary>Tag: how a job ended, "completed" or "failed".</summary>
    public const string OutcomeTag = "outcome";

    /// <summary>The <see cref="OperationTag"/> of a rating posted through the API.</summary>
    public const string PostedOperation = "posted";

    /// <summary>The <see cref="OperationTag"/> of a rating deleted through the API.</summary>
    public const string DeletedOperation = "deleted";

    /// <summary>The <see cref="OperationTag"/> of a rating imported from a ratings file.</summary>
    public const string ImportedOperation = "imported";

    /// <summary>The <see cref="JobTag"/> of a sharded similarity build.</summary>
    public const string SimilarityJob = "similarity";

    /// <summary>The <see cref="JobTag"/> of an evaluation run.</summary>
    public const string EvaluationJob = "evaluation";

    /// <summary>The <see cref="JobTag"/> of a customer analytics run.</summary>
    public const string AnalyticsJob = "analytics";
}
