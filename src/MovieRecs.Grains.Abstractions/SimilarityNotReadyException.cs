namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The exception thrown when an item-knn model is asked to serve before its similarity build has
/// completed, so the caller should retry later.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.SimilarityNotReadyException")]
public sealed class SimilarityNotReadyException : Exception
{
    /// <summary>Creates the exception for a metric in a given build state.</summary>
    public SimilarityNotReadyException(ItemSimilarityMetric metric, SimilarityJobState state, string? error = null)
        : base(DescribeState(metric, state, error))
    {
        Metric = metric;
        State = state;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public SimilarityNotReadyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SimilarityNotReadyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public SimilarityNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The suggested wait before a retry.</summary>
    public static TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The similarity function that has no completed build.</summary>
    [Id(0)]
    public ItemSimilarityMetric Metric { get; init; }

    /// <summary>The state of its latest build.</summary>
    [Id(1)]
    public SimilarityJobState State { get; init; }

    private static string DescribeState(ItemSimilarityMetric metric, SimilarityJobState state, string? error)
    {
        string name = SimilarityMetricNames.ToName(metric);
        return state switch
        {
            SimilarityJobState.Failed =>
                $"The {name} similarity build failed ({error}); an operator must start a new build.",
            SimilarityJobState.NotStarted =>
                $"The {name} similarity model has not been built yet; retry in a few seconds.",
            _ => $"The {name} similarity model is being built; retry in a few seconds.",
        };
    }
}
