namespace MovieRecs.Algorithms.Exploration;

/// <summary>The catalogue and rating figures of one genre label.</summary>
/// <param name="Genre">The genre label as movies.csv spells it, "(no genres listed)" included.</param>
/// <param name="Movies">The number of catalogue movies with the label.</param>
/// <param name="Ratings">The number of ratings of those movies.</param>
/// <param name="MeanRating">
/// The mean of those ratings on the 0.5-5.0 scale; <see langword="null"/> when no movie of the
/// genre was rated.
/// </param>
public sealed record GenreStatistics(string Genre, int Movies, int Ratings, double? MeanRating);
