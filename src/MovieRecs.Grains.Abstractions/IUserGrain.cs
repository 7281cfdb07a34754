using Orleans.Concurrency;

namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// A MovieLens user, keyed by user id: the user's ratings (from the data set and posted since) and
/// their recommendations.
/// </summary>
/// <remarks>
/// A user id that does not occur in the data set is valid: the user starts with no ratings (a cold
/// start) and is served popularity recommendations until they post one.
/// </remarks>
[Alias("MovieRecs.IUserGrain")]
public interface IUserGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Returns up to <paramref name="count"/> movies the user has not rated, best first, from the
    /// named model and the user's current ratings. A user with no ratings, or whom the model cannot
    /// score, gets the popularity list with <see cref="RecommendationList.Fallback"/> set.
    /// </summary>
    /// <param name="model">
    /// A model name such as "item-knn", compared ignoring case; null or white space selects the
    /// default model, item-knn.
    /// </param>
    /// <param name="count">The list size, 1-<see cref="RecommendationLimits.MaxCount"/>.</param>
    /// <exception cref="UnknownModelException">The model name is not known.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is outside 1-<see cref="RecommendationLimits.MaxCount"/>.
    /// </exception>
    /// <exception cref="SimilarityNotReadyException">
    /// An item-knn model was requested before its similarity build completed.
    /// </exception>
    [Alias("GetRecommendations")]
    Task<RecommendationList> GetRecommendationsAsync(string? model, int count);

    /// <summary>
    /// Returns the same list as <see cref="GetRecommendationsAsync"/>, with each movie's strongest
    /// evidence in <see cref="RecommendedMovie.Reason"/>: the model's explanation of its score, or
    /// the popularity model's for a fallback list.
    /// </summary>
    /// <exception cref="UnknownModelException">The model name is not known.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is outside 1-<see cref="RecommendationLimits.MaxCount"/>.
    /// </exception>
    /// <exception cref="SimilarityNotReadyException">
    /// An item-knn model was requested before its similarity build completed.
    /// </exception>
    [Alias("GetExplainedRecommendations")]
    Task<RecommendationList> GetExplainedRecommendationsAsync(string? model, int count);

    /// <summary>
    /// Returns the user's <paramref name="historyCount"/> most recent ratings with the movies'
    /// catalogue data, and the genre profile of all their ratings.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is outside 1-<see cref="RecommendationLimits.MaxCount"/>.
    /// </exception>
    [Alias("GetProfile")]
    [ReadOnly]
    Task<UserProfileSummary> GetProfileAsync(int historyCount);

    /// <summary>
    /// Stores a rating, replacing the user's earlier rating of the same movie, so the next
    /// recommendations take it into account.
    /// </summary>
    /// <param name="movieId">A MovieLens movie id of the catalogue.</param>
    /// <param name="rating">The rating, <see cref="RatingScale.Rule"/>.</param>
    /// <exception cref="InvalidRatingException">
    /// The rating is not on the half-star scale.
    /// </exception>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    [Alias("AddRating")]
    Task<StoredRating> AddRatingAsync(int movieId, double rating);

    /// <summary>
    /// Deletes the user's rating of a movie from the system of record and returns it, or
    /// <see langword="null"/> when the user had not rated the movie.
    /// </summary>
    [Alias("RemoveRating")]
    Task<UserRating?> RemoveRatingAsync(int movieId);

    /// <summary>
    /// Returns the user's current ratings by movie id ascending, as the system of record stores them.
    /// </summary>
    [Alias("GetRatings")]
    [ReadOnly]
    Task<IReadOnlyList<UserRating>> GetRatingsAsync();

    /// <summary>
    /// Reads the user's ratings from the system of record again and drops the cached lists, after
    /// a bulk import wrote ratings past the grain.
    /// </summary>
    [Alias("ReloadRatings")]
    Task ReloadRatingsAsync();
}
