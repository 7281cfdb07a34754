namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The statistics of the data set a silo loaded, for charts: its profile and the pairwise
/// similarities of chosen movies. Any key works; every silo computes from its own copy of the
/// data, so the result does not depend on where the grain runs.
/// </summary>
[Alias("MovieRecs.IDataProfileGrain")]
public interface IDataProfileGrain : IGrainWithIntegerKey
{
    /// <summary>The maximum number of movies of one similarity matrix.</summary>
    public const int MaxSimilarityMovies = 30;

    /// <summary>
    /// Returns the profile of the data set loaded at silo start, ratings posted before that start
    /// included.
    /// </summary>
    [Alias("GetProfile")]
    Task<DatasetProfileResult> GetProfileAsync();

    /// <summary>
    /// Computes the similarity of every pair of the given movies with the settings of the
    /// metric's item-knn model, from the ratings loaded at silo start.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The list is empty, has more than <see cref="MaxSimilarityMovies"/> ids, or repeats one.
    /// </exception>
    /// <exception cref="UnknownMovieException">A movie is not in the catalogue.</exception>
    [Alias("GetSimilarityMatrix")]
    Task<MovieSimilarityResult> GetSimilarityMatrixAsync(IReadOnlyList<int> movieIds, ItemSimilarityMetric metric);
}
