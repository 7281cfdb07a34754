using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Exploration;

/// <summary>The item-item similarity of every pair in a set of movies, for a heatmap.</summary>
/// <param name="MovieIds">The movies, in the order of the rows and columns.</param>
/// <param name="Titles">The movies' titles, aligned with <paramref name="MovieIds"/>.</param>
/// <param name="Metric">The similarity function.</param>
/// <param name="Values">
/// The similarity of movie i and movie j, in [-1, 1], indexed [i][j] and symmetric;
/// <see langword="null"/> where it is undefined (no or too few co-rating users, a zero norm or
/// variance), as the neighbor build leaves such pairs out.
/// </param>
public sealed record MovieSimilarityMatrix(
    IReadOnlyList<int> MovieIds,
    IReadOnlyList<string> Titles,
    SimilarityMetric Metric,
    IReadOnlyList<IReadOnlyList<double?>> Values);
