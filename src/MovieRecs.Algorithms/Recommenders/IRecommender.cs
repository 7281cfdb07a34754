namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// A recommendation model: fitted once on training data, then asked for rating predictions and
/// top-N lists for any user profile.
/// </summary>
/// <remarks>
/// Top-N lists never contain a movie the profile rated, and rank by score descending, then by the
/// number of training ratings descending, then by movie id ascending, so equal scores come out in
/// the same order on every run.
/// </remarks>
public interface IRecommender
{
    /// <summary>The model name used on the command line and in the API, such as "item-knn".</summary>
    string Name { get; }

    /// <summary>What the score of a top-N entry means, for display.</summary>
    string ScoreDescription { get; }

    /// <summary>Fits the model; a second call replaces the first fit.</summary>
    void Fit(TrainingData data);

    /// <summary>
    /// Predicts the rating, on the 0.5-5.0 scale, that the user would give a movie; <see langword="null"/>
    /// when the model has no evidence for this pair or the movie is unknown.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    double? PredictRating(UserProfile user, int movieId);

    /// <summary>
    /// Returns up to <paramref name="count"/> movies the user has not rated, best first; fewer when
    /// the model can score fewer, and none for a profile the model cannot score.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is zero or negative.</exception>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    IReadOnlyList<ScoredMovie> Recommend(UserProfile user, int count);

    /// <summary>
    /// Explains the score of one movie for a user by at most <paramref name="maxContributions"/>
    /// of its strongest contributions, largest absolute weight first; <see langword="null"/> when
    /// the model cannot score the movie for this user or the movie is unknown.
    /// </summary>
    /// <remarks>
    /// Contributions of equal absolute weight are ordered by <see cref="ContributionKind"/> in
    /// declaration order, then by movie id, then by user id (a contribution without the id
    /// first), then by label in ordinal order. A movie the profile rated is explained too, as the
    /// model would score it, although top-N lists leave it out. For a kNN model the score may
    /// belong to a movie that top-N lists skip for having too few neighbors.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The count is zero or negative.</exception>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    Explanation? Explain(UserProfile user, int movieId, int maxContributions = 5);
}
