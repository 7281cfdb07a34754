namespace MovieRecs.Algorithms.Similarity;

/// <summary>Settings of the item-item similarity build.</summary>
public sealed record ItemSimilarityOptions
{
    /// <summary>The similarity function.</summary>
    public SimilarityMetric Metric { get; init; } = SimilarityMetric.Cosine;

    /// <summary>
    /// The number of strongest neighbors each item keeps before the lists are made symmetric;
    /// a symmetric list can therefore be longer.
    /// </summary>
    public int MaxStoredNeighbors { get; init; } = 100;

    /// <summary>Neighbors with a similarity at or below this value are dropped.</summary>
    public double MinSimilarity { get; init; }

    /// <summary>Pairs with fewer co-rating users than this are dropped.</summary>
    public int MinCoRatings { get; init; } = 1;

    /// <summary>
    /// The shrinkage λ: a similarity s over n co-rating users becomes s (n - 1) / (n - 1 + λ), so
    /// pairs with little support count less (Koren, TKDD 2010). 0 leaves similarities as computed.
    /// </summary>
    public double Shrinkage { get; init; }

    /// <summary>Checks the values and throws on the first that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStoredNeighbors);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinCoRatings);
        ArgumentOutOfRangeException.ThrowIfNegative(Shrinkage);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSimilarity, -1.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(MinSimilarity, 1.0);
    }
}
