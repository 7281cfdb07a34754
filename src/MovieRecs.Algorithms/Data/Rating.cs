namespace MovieRecs.Algorithms.Data;

/// <summary>
/// One explicit rating: a user scored a movie on the 0.5-5.0 half-star scale at a moment given
/// in seconds since the Unix epoch (UTC).
/// </summary>
/// <param name="UserId">The MovieLens user id, a positive integer.</param>
/// <param name="MovieId">The MovieLens movie id, a positive integer.</param>
/// <param name="Value">The rating, a multiple of 0.5 between 0.5 and 5.0.</param>
/// <param name="Timestamp">Seconds since 1970-01-01T00:00:00Z.</param>
public readonly record struct Rating(int UserId, int MovieId, double Value, long Timestamp);
