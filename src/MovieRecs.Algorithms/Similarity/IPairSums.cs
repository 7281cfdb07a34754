namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// Running sums over the co-rated pairs (x, y) of one item pair, kept in the builder's scratch
/// array. The builder is generic over this interface so that the JIT compiles one specialised,
/// fully inlined accumulation loop per metric.
/// </summary>
internal interface IPairSums
{
    /// <summary>The number of pairs added; 0 means the slot is unused.</summary>
    int Count { get; }

    /// <summary>Adds one co-rated pair: x from the item being built, y from the candidate.</summary>
    void Add(double x, double y);

    /// <summary>
    /// Computes the similarity of the pairs added, or <see langword="null"/> when it is undefined.
    /// The squared norms are those of the two full rating vectors, which only cosine uses.
    /// </summary>
    double? Similarity(SimilarityMetric metric, double leftSquaredNorm, double rightSquaredNorm);
}
