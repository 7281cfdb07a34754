namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The result of posting a rating: the rating now stored and the one it replaced.
/// </summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Rating">The stored rating, a multiple of 0.5 between 0.5 and 5.0.</param>
/// <param name="Timestamp">
/// When the rating was stored, in seconds since the Unix epoch (UTC).
/// </param>
/// <param name="PreviousRating">
/// The user's earlier rating of the movie that this one replaced, or <see langword="null"/> for a
/// first rating.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.StoredRating")]
public sealed record StoredRating(
    [property: Id(0)] int UserId,
    [property: Id(1)] int MovieId,
    [property: Id(2)] double Rating,
    [property: Id(3)] long Timestamp,
    [property: Id(4)] double? PreviousRating);
