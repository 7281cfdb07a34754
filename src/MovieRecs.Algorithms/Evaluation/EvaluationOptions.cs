namespace MovieRecs.Algorithms.Evaluation;

/// <summary>Settings of an offline evaluation run.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The length of the top-N list that Precision@k and Recall@k score.</summary>
    public int K { get; init; } = 10;

    /// <summary>The longest list scored: the ranking curve runs from k = 1 to this length, which must be at least <see cref="K"/>.</summary>
    public int MaxK { get; init; } = 20;

    /// <summary>A test rating at or above this value marks the movie as relevant to the user.</summary>
    public double RelevanceThreshold { get; init; } = 4.0;

    /// <summary>The maximum number of users evaluated in parallel; 0 uses every processor.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Checks the values and throws on the first that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(K);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxK, K);
        ArgumentOutOfRangeException.ThrowIfLessThan(RelevanceThreshold, 0.5);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RelevanceThreshold, 5.0);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDegreeOfParallelism);
    }
}
