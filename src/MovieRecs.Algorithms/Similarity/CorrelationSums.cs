namespace MovieRecs.Algorithms.Similarity;

/// <summary>The co-rating sums of the Pearson and centred cosine metrics.</summary>
internal struct CorrelationSums : IPairSums
{
    private CoRatingSums _sums;

    public readonly int Count => _sums.Count;

    public void Add(double x, double y) => _sums.Add(x, y);

    public readonly double? Similarity(SimilarityMetric metric, double leftSquaredNorm, double rightSquaredNorm) =>
        metric == SimilarityMetric.Pearson ? _sums.Pearson() : _sums.CosineOfPairs();
}
