namespace MovieRecs.Grains.Abstractions;

/// <summary>The item-item similarity of every pair in a set of movies, for a heatmap.</summary>
/// <param name="MovieIds">The movies, in the order of the rows and columns.</param>
/// <param name="Titles">The titles, aligned with the ids.</param>
/// <param name="Metric">The similarity metric.</param>
/// <param name="Values">
/// The similarity of movies i and j in [-1, 1], indexed [i][j]; null where it is undefined.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.MovieSimilarityResult")]
public sealed record MovieSimilarityResult(
    [property: Id(0)] IReadOnlyList<int> MovieIds,
    [property: Id(1)] IReadOnlyList<string> Titles,
    [property: Id(2)] ItemSimilarityMetric Metric,
    [property: Id(3)] IReadOnlyList<IReadOnlyList<double?>> Values);
