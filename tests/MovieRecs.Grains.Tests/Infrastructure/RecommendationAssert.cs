using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>
/// Compares what grains return with what the library computes for the same input.
/// </summary>
public static class RecommendationAssert
{
    public const double ScoreTolerance = 1e-9;

    /// <summary>
    /// Asserts the same movies in the same order, with scores within <see cref="ScoreTolerance"/>.
    /// </summary>
    public static void SameAsLibrary(IReadOnlyList<ScoredMovie> expected, RecommendationList actual)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(movie => movie.MovieId), actual.Items.Select(item => item.MovieId));
        for (int position = 0; position < expected.Count; position++)
        {
            Assert.Equal(expected[position].Score, actual.Items[position].Score, ScoreTolerance);
        }
    }

    /// <summary>
    /// Asserts that an item grain's list equals the library graph's list, entry by entry.
    /// </summary>
    public static void SameNeighbors(IReadOnlyList<MovieNeighbor> expected, NeighborList actual)
    {
        Assert.Equal(
            expected.Select(neighbor => neighbor.MovieId),
            actual.Neighbors.Select(neighbor => neighbor.MovieId));
        Assert.Equal(
            expected.Select(neighbor => neighbor.Similarity),
            actual.Neighbors.Select(neighbor => neighbor.Similarity));
    }
}
