using Orleans.Concurrency;

namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// A movie of the catalogue, keyed by MovieLens movie id: its metadata, its genre features and its
/// neighbor list for each similarity metric.
/// </summary>
[Alias("MovieRecs.IItemGrain")]
public interface IItemGrain : IGrainWithIntegerKey
{
    /// <summary>Returns the movie's catalogue data and rating statistics.</summary>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    [Alias("GetMovie")]
    [ReadOnly]
    Task<MovieInfo> GetMovieAsync();

    /// <summary>Returns the movie's genre one-hot vector.</summary>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    [Alias("GetGenreFeatures")]
    [ReadOnly]
    Task<GenreFeatures> GetGenreFeaturesAsync();

    /// <summary>
    /// Stores the movie's neighbor list of one metric; a list of an older version than the stored
    /// one is ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The list belongs to another movie.</exception>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    [Alias("SetNeighbors")]
    Task SetNeighborsAsync(NeighborList neighbors);

    /// <summary>
    /// Applies a committed rating change to the movie's rating statistics and remembers the user
    /// for the coordinator's next neighbor refresh.
    /// </summary>
    /// <param name="userId">The user whose rating changed.</param>
    /// <param name="previous">The rating before the change, or null for a new rating.</param>
    /// <param name="current">The rating after the change, or null for a deleted rating.</param>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    [Alias("ApplyRatingChange")]
    Task ApplyRatingChangeAsync(int userId, double? previous, double? current);

    /// <summary>
    /// Returns the users whose ratings of the movie changed since the last call, and forgets them.
    /// </summary>
    [Alias("TakeChangedUsers")]
    Task<IReadOnlyList<int>> TakeChangedUsersAsync();

    /// <summary>
    /// Returns the movie's stored neighbor list of one metric; a list of version 0 with no
    /// neighbors when none has been stored.
    /// </summary>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    [Alias("GetNeighbors")]
    [ReadOnly]
    Task<NeighborList> GetNeighborsAsync(ItemSimilarityMetric metric);

    /// <summary>
    /// Returns up to <paramref name="count"/> of the movie's neighbors, strongest first, with their
    /// titles.
    /// </summary>
    /// <param name="count">The list size, 1-<see cref="RecommendationLimits.MaxCount"/>.</param>
    /// <param name="metric">The similarity function.</param>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is outside 1-<see cref="RecommendationLimits.MaxCount"/>.
    /// </exception>
    /// <exception cref="SimilarityNotReadyException">
    /// No similarity build of the metric has completed.
    /// </exception>
    [Alias("GetSimilar")]
    [ReadOnly]
    Task<SimilarMovieList> GetSimilarAsync(int count, ItemSimilarityMetric metric);
}
