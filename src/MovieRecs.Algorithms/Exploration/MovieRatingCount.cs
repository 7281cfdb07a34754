namespace MovieRecs.Algorithms.Exploration;

/// <summary>A movie and its number of ratings.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Title">The title as movies.csv gives it.</param>
/// <param name="Ratings">The number of ratings of the movie.</param>
public sealed record MovieRatingCount(int MovieId, string Title, int Ratings);
