using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Tests.Similarity;

public class VectorSimilarityTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Cosine_SparseOverlap_UsesFullNorms()
    {
        // a = {0: 1, 1: 2, 3: 3}, b = {1: 4, 3: 1, 4: 2}: dot = 2*4 + 3*1 = 11,
        // |a|^2 = 14, |b|^2 = 21, so cosine = 11 / sqrt(294).
        double? similarity = VectorSimilarity.Cosine([0, 1, 3], [1.0, 2.0, 3.0], [1, 3, 4], [4.0, 1.0, 2.0]);

        Assert.NotNull(similarity);
        Assert.Equal(11 / Math.Sqrt(294), similarity.Value, Tolerance);
    }

    [Fact]
    public void Cosine_NoCommonIndex_ReturnsNull()
    {
        double? similarity = VectorSimilarity.Cosine([0, 2], [5.0, 3.0], [1, 3], [4.0, 4.0]);

        Assert.Null(similarity);
    }

    [Fact]
    public void Cosine_EmptyVector_ReturnsNull()
    {
        double? similarity = VectorSimilarity.Cosine([], [], [1, 3], [4.0, 4.0]);

        Assert.Null(similarity);
    }

    [Fact]
    public void Cosine_DenseZeroVector_ReturnsNull()
    {
        double? similarity = VectorSimilarity.Cosine([0.0, 0.0, 0.0], [1.0, 2.0, 3.0]);

        Assert.Null(similarity);
    }

    [Fact]
    public void Cosine_DenseParallelVectors_ReturnsOne()
    {
        double? similarity = VectorSimilarity.Cosine([1.0, 2.0, 0.0], [2.0, 4.0, 0.0]);

        Assert.Equal(1.0, similarity!.Value, Tolerance);
    }

    [Fact]
    public void Cosine_DenseOrthogonalVectors_ReturnsZero()
    {
        double? similarity = VectorSimilarity.Cosine([1.0, 0.0], [0.0, 3.0]);

        Assert.Equal(0.0, similarity!.Value, Tolerance);
    }

    [Fact]
    public void Cosine_DenseLengthMismatch_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => VectorSimilarity.Cosine([1.0, 2.0], [1.0]));

        Assert.Contains("2 and 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cosine_MisalignedSparseVector_Throws()
    {
        Assert.Throws<ArgumentException>(() => VectorSimilarity.Cosine([0, 1], [1.0], [0], [1.0]));
    }

    [Fact]
    public void Pearson_CoRatedEntries_MatchesHandValue()
    {
        // Co-rated indices 1, 2, 3: x = (2, 4, 3), y = (1, 5, 4); means 3 and 10/3.
        // dx = (-1, 1, 0), dy = (-7/3, 5/3, 2/3): cov = 7/3 + 5/3 = 4,
        // var x = 2, var y = (49 + 25 + 4) / 9 = 78/9, so r = 4 / sqrt(2 * 78 / 9) = 12 / sqrt(156).
        double? similarity = VectorSimilarity.Pearson([0, 1, 2, 3], [5.0, 2.0, 4.0, 3.0], [1, 2, 3, 7], [1.0, 5.0, 4.0, 2.0]);

        Assert.NotNull(similarity);
        Assert.Equal(12 / Math.Sqrt(156), similarity.Value, Tolerance);
    }

    [Fact]
    public void Pearson_PerfectlyOpposed_ReturnsMinusOne()
    {
        double? similarity = VectorSimilarity.Pearson([0, 1, 2], [1.0, 2.0, 3.0], [0, 1, 2], [3.0, 2.0, 1.0]);

        Assert.Equal(-1.0, similarity!.Value, Tolerance);
    }

    [Fact]
    public void Pearson_ZeroVariance_ReturnsNull()
    {
        double? similarity = VectorSimilarity.Pearson([0, 1, 2], [4.0, 4.0, 4.0], [0, 1, 2], [1.0, 3.0, 5.0]);

        Assert.Null(similarity);
    }

    [Fact]
    public void Pearson_OneCoRating_ReturnsNull()
    {
        double? similarity = VectorSimilarity.Pearson([0, 1], [4.0, 2.0], [1, 2], [3.0, 5.0]);

        Assert.Null(similarity);
    }

    [Fact]
    public void Pearson_NoCoRating_ReturnsNull()
    {
        double? similarity = VectorSimilarity.Pearson([0, 1], [4.0, 2.0], [2, 3], [3.0, 5.0]);

        Assert.Null(similarity);
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, new[] { 3.0, 1.0, 2.0 })]
    [InlineData(new[] { 5.0, 0.5, 3.5, 4.0 }, new[] { 1.0, 4.5, 2.0, 2.5 })]
    public void Pearson_SwappedArguments_IsSymmetric(double[] left, double[] right)
    {
        int[] indices = Enumerable.Range(0, left.Length).ToArray();

        double? forward = VectorSimilarity.Pearson(indices, left, indices, right);
        double? backward = VectorSimilarity.Pearson(indices, right, indices, left);

        Assert.Equal(forward!.Value, backward!.Value, Tolerance);
        Assert.InRange(forward.Value, -1.0, 1.0);
    }
}
