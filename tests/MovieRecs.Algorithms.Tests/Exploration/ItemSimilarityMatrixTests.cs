using MovieRecs.Algorithms.Exploration;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Tests.Exploration;

public sealed class ItemSimilarityMatrixTests
{
    private const double Tolerance = 1e-12;

    // Movie 1 is rated 4, 2, 0.5 by users 1-3, movie 2 is rated 3.5 by user 1, and movie 3 is rated
    // 5 and 4 by users 1 and 2, so |1| = 4.5, |2| = 3.5 and |3| = sqrt(41).
    private static readonly double CosineOneThree = 28 / (4.5 * Math.Sqrt(41));
    private static readonly double CosineOneTwo = 14 / 15.75;
    private static readonly double CosineTwoThree = 17.5 / (3.5 * Math.Sqrt(41));

    private readonly RatingMatrix _matrix =
        RatingMatrix.Build(ProfileRatings.Ratings, ProfileRatings.Movies.Select(movie => movie.MovieId));

    [Fact]
    public void Compute_Cosine_MatchesHandWorkedValues()
    {
        MovieSimilarityMatrix result = ItemSimilarityMatrix.Compute(
            _matrix,
            ProfileRatings.Movies,
            [1, 2, 3, 4],
            new ItemSimilarityOptions { Metric = SimilarityMetric.Cosine });

        Assert.Equal(["A (2000)", "B (2001)", "C (2002)", "D (2003)"], result.Titles);
        Assert.Equal(1.0, result.Values[0][0]!.Value, Tolerance);
        Assert.Equal(CosineOneTwo, result.Values[0][1]!.Value, Tolerance);
        Assert.Equal(CosineOneThree, result.Values[0][2]!.Value, Tolerance);
        Assert.Equal(CosineTwoThree, result.Values[1][2]!.Value, Tolerance);
        Assert.Null(result.Values[0][3]);
        Assert.Null(result.Values[3][3]);
    }

    [Fact]
    public void Compute_Cosine_IsSymmetric()
    {
        MovieSimilarityMatrix result = ItemSimilarityMatrix.Compute(
            _matrix,
            ProfileRatings.Movies,
            [3, 1, 2],
            new ItemSimilarityOptions());

        for (int row = 0; row < 3; row++)
        {
            for (int column = 0; column < 3; column++)
            {
                Assert.Equal(result.Values[row][column], result.Values[column][row]);
            }
        }
    }

    [Fact]
    public void Compute_PearsonBelowMinCoRatings_IsUndefined()
    {
        // Movies 1 and 3 share users 1 and 2: (4, 5) and (2, 4) correlate perfectly.
        var twoUsers = new ItemSimilarityOptions { Metric = SimilarityMetric.Pearson, MinCoRatings = 2 };
        var threeUsers = twoUsers with { MinCoRatings = 3 };

        MovieSimilarityMatrix enough = ItemSimilarityMatrix.Compute(_matrix, ProfileRatings.Movies, [1, 3], twoUsers);
        MovieSimilarityMatrix tooFew = ItemSimilarityMatrix.Compute(_matrix, ProfileRatings.Movies, [1, 3], threeUsers);

        Assert.Equal(1.0, enough.Values[0][1]!.Value, Tolerance);
        Assert.Null(tooFew.Values[0][1]);
    }

    [Fact]
    public void Compute_Shrinkage_ScalesBySupport()
    {
        // Two co-rating users and shrinkage 1: s (2 - 1) / (2 - 1 + 1) = s / 2.
        var options = new ItemSimilarityOptions { Shrinkage = 1 };

        MovieSimilarityMatrix result = ItemSimilarityMatrix.Compute(_matrix, ProfileRatings.Movies, [1, 3], options);

        Assert.Equal(CosineOneThree / 2, result.Values[0][1]!.Value, Tolerance);
    }

    [Fact]
    public void Compute_UnknownMovie_ThrowsWithId()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => ItemSimilarityMatrix.Compute(_matrix, ProfileRatings.Movies, [1, 99], new ItemSimilarityOptions()));

        Assert.Contains("Movie 99", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_AdjustedCosine_Throws()
    {
        var options = new ItemSimilarityOptions { Metric = SimilarityMetric.AdjustedCosine };

        var exception = Assert.Throws<ArgumentException>(
            () => ItemSimilarityMatrix.Compute(_matrix, ProfileRatings.Movies, [1, 2], options));

        Assert.Contains("AdjustedCosine", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopNeighbors_Cosine_MatchesMatrixValues()
    {
        IReadOnlyList<MovieNeighbor> neighbors =
            ItemSimilarityMatrix.TopNeighbors(_matrix, 1, 5, new ItemSimilarityOptions());

        Assert.Equal([3, 2], neighbors.Select(neighbor => neighbor.MovieId));
        Assert.Equal(CosineOneThree, neighbors[0].Similarity, Tolerance);
        Assert.Equal(CosineOneTwo, neighbors[1].Similarity, Tolerance);
    }

    [Fact]
    public void NeighborCoverage_Fixture_CountsMoviesByNeighbors()
    {
        var builder = new ItemSimilarityBuilder(_matrix, new ItemSimilarityOptions());
        NeighborGraph graph = NeighborGraph.Build(builder);
        int[] ratingCounts = Enumerable.Range(0, _matrix.Items.Count).Select(_matrix.ItemRatingCount).ToArray();

        NeighborCoverage coverage = NeighborCoverage.Compute(graph, ratingCounts, minNeighbors: 2);

        // Movies 1, 2 and 3 are each other's neighbors; movie 4 has no rating.
        Assert.Equal(4, coverage.Movies);
        Assert.Equal(3, coverage.RatedMovies);
        Assert.Equal(1, coverage.WithoutNeighbors);
        Assert.Equal(3, coverage.WithNeighbors);
        Assert.Equal(3, coverage.WithEnoughNeighbors);
        Assert.Equal(2.0, coverage.MedianNeighbors);
    }
}
