using Orleans.Concurrency;

namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// Reads the silo's movie catalogue: title search, the genres and the most rated movies. Any key
/// works; <see cref="CatalogueKeys.Default"/> is the usual one.
/// </summary>
[Alias("MovieRecs.ICatalogueGrain")]
public interface ICatalogueGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Returns up to <paramref name="count"/> movies whose title contains every word of
    /// <paramref name="text"/>, ignoring case, accents and a trailing article ("Matrix, The"
    /// matches "the matrix"). Titles that start with the text come first, then the most rated.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is outside 1-<see cref="RecommendationLimits.MaxCount"/>.
    /// </exception>
    [Alias("SearchMovies")]
    [ReadOnly]
    Task<IReadOnlyList<MovieInfo>> SearchMoviesAsync(string text, int count);

    /// <summary>Returns the catalogue's genres by movie count descending.</summary>
    [Alias("GetGenres")]
    [ReadOnly]
    Task<IReadOnlyList<GenreSummary>> GetGenresAsync();

    /// <summary>
    /// Returns up to <paramref name="count"/> of the most rated movies, only those in at least one
    /// of <paramref name="genres"/> unless it is empty.
    /// </summary>
    /// <exception cref="InvalidRequestValueException">A genre is not in the catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is outside 1-<see cref="RecommendationLimits.MaxCount"/>.
    /// </exception>
    [Alias("GetPopularMovies")]
    [ReadOnly]
    Task<IReadOnlyList<MovieInfo>> GetPopularMoviesAsync(IReadOnlyList<string> genres, int count);
}
