using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Exploration;

/// <summary>
/// How many movies of a neighbor graph have enough neighbors to be scored: the effect of the
/// matrix's sparsity on an item-item model.
/// </summary>
/// <param name="Movies">The number of movies in the graph.</param>
/// <param name="RatedMovies">The movies with at least one rating.</param>
/// <param name="WithoutNeighbors">The movies with no neighbor at all.</param>
/// <param name="WithNeighbors">The movies with at least one neighbor.</param>
/// <param name="WithEnoughNeighbors">
/// The movies with at least <paramref name="MinNeighbors"/> neighbors, which a kNN model ranks.
/// </param>
/// <param name="MinNeighbors">The number of neighbors a kNN model needs to rank a movie.</param>
/// <param name="MedianNeighbors">The median number of neighbors over the rated movies.</param>
public sealed record NeighborCoverage(
    int Movies,
    int RatedMovies,
    int WithoutNeighbors,
    int WithNeighbors,
    int WithEnoughNeighbors,
    int MinNeighbors,
    double MedianNeighbors)
{
    /// <summary>Counts the neighbors of every movie of a graph.</summary>
    /// <param name="graph">The symmetric neighbor graph.</param>
    /// <param name="ratingCounts">The number of training ratings of each item, indexed like the graph.</param>
    /// <param name="minNeighbors">The neighbors a kNN model needs to rank a movie.</param>
    /// <exception cref="ArgumentException">The counts are not aligned with the graph.</exception>
    public static NeighborCoverage Compute(NeighborGraph graph, IReadOnlyList<int> ratingCounts, int minNeighbors)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(ratingCounts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minNeighbors);
        if (ratingCounts.Count != graph.ItemCount)
        {
            throw new ArgumentException(
                $"The graph has {graph.ItemCount} items but {ratingCounts.Count} rating counts were given.",
                nameof(ratingCounts));
        }

        int[] neighbors = Enumerable.Range(0, graph.ItemCount).Select(item => graph.NeighborsOf(item).Count).ToArray();
        int[] ofRated = Enumerable.Range(0, graph.ItemCount)
            .Where(item => ratingCounts[item] > 0)
            .Select(item => neighbors[item])
            .Order()
            .ToArray();
        return new NeighborCoverage(
            graph.ItemCount,
            ofRated.Length,
            neighbors.Count(count => count == 0),
            neighbors.Count(count => count > 0),
            neighbors.Count(count => count >= minNeighbors),
            minNeighbors,
            Median(ofRated));
    }

    private static double Median(int[] sorted)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
