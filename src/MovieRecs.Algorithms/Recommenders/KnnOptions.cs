using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>Settings of the user-user and item-item neighborhood models.</summary>
public sealed record KnnOptions
{
    /// <summary>The similarity function.</summary>
    public SimilarityMetric Metric { get; init; } = SimilarityMetric.Cosine;

    /// <summary>How neighbor ratings are combined into a prediction.</summary>
    public KnnPrediction Prediction { get; init; } = KnnPrediction.MeanCentered;

    /// <summary>The number of neighbors, strongest first, that one prediction uses.</summary>
    public int MaxNeighbors { get; init; } = 20;

    /// <summary>Neighbors with a similarity at or below this value take no part.</summary>
    public double MinSimilarity { get; init; }

    /// <summary>
    /// For item-item: the similarity shrinkage λ, s (n - 1) / (n - 1 + λ) over n co-rating users;
    /// 0 turns it off.
    /// </summary>
    public double Shrinkage { get; init; }

    /// <summary>Neighbors that share fewer co-ratings than this with the target take no part.</summary>
    public int MinCoRatings { get; init; } = 1;

    /// <summary>
    /// The number of neighbors a top-N candidate needs before it is ranked; rating predictions need one.
    /// </summary>
    public int MinNeighborsToRank { get; init; } = 1;

    /// <summary>For item-item: the neighbors each item stores in the model before symmetrizing.</summary>
    public int MaxStoredNeighbors { get; init; } = 100;

    /// <summary>
    /// For item-item with <see cref="KnnPrediction.BaselineAdjusted"/>: the settings of the user and
    /// movie bias fit that predictions are offsets from.
    /// </summary>
    public BaselineOptions Baseline { get; init; } = new();

    /// <summary>Checks the values and throws on the first that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNeighbors);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinNeighborsToRank);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinCoRatings);
        ArgumentOutOfRangeException.ThrowIfNegative(Shrinkage);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStoredNeighbors);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSimilarity, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(MinSimilarity, 1.0);
        ArgumentNullException.ThrowIfNull(Baseline);
        Baseline.Validate();
    }
}
