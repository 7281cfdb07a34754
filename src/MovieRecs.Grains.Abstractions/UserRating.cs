namespace MovieRecs.Grains.Abstractions;

/// <summary>A rating a user gave a movie.</summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Rating">The rating, a multiple of 0.5 between 0.5 and 5.0.</param>
/// <param name="Timestamp">
/// When the rating was given, in seconds since the Unix epoch (UTC).
/// </param>
/// <param name="Posted">
/// Whether the rating was posted to the service; <see langword="false"/> for a rating from the data
/// set.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.UserRating")]
public sealed record UserRating(
    [property: Id(0)] int UserId,
    [property: Id(1)] int MovieId,
    [property: Id(2)] double Rating,
    [property: Id(3)] long Timestamp,
    [property: Id(4)] bool Posted);
