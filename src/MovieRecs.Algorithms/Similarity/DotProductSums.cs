namespace MovieRecs.Algorithms.Similarity;

/// <summary>The dot product and pair count that cosine needs, packed into one 16-byte slot.</summary>
internal struct DotProductSums : IPairSums
{
    private double _dot;
    private int _count;

    public readonly int Count => _count;

    public void Add(double x, double y)
    {
        _count++;
        _dot += x * y;
    }

    public readonly double? Similarity(SimilarityMetric metric, double leftSquaredNorm, double rightSquaredNorm) =>
        VectorSimilarity.CosineFromSums(_dot, leftSquaredNorm, rightSquaredNorm);
}
