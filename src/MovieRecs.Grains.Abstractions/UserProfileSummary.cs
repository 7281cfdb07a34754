namespace MovieRecs.Grains.Abstractions;

/// <summary>A user's rating history, newest first, and genre profile.</summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="RatingCount">The number of ratings the user has.</param>
/// <param name="MeanRating">
/// The mean of those ratings, or <see langword="null"/> for a user without ratings.
/// </param>
/// <param name="Ratings">The most recent ratings, newest first, at most the count requested.</param>
/// <param name="Genres">
/// Every genre of the rated movies, by rating count descending, then by genre label.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.UserProfileSummary")]
public sealed record UserProfileSummary(
    [property: Id(0)] int UserId,
    [property: Id(1)] int RatingCount,
    [property: Id(2)] double? MeanRating,
    [property: Id(3)] IReadOnlyList<RatingHistoryEntry> Ratings,
    [property: Id(4)] IReadOnlyList<GenreAffinity> Genres);
