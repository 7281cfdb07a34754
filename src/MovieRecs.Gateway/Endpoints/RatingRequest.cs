namespace MovieRecs.Gateway.Endpoints;

/// <summary>
/// The body of POST /api/users/{userId}/ratings: <c>{"movieId": 1, "rating": 4.5}</c>.
/// </summary>
/// <param name="MovieId">The MovieLens movie id; null when the body lacks it.</param>
/// <param name="Rating">
/// The rating, a multiple of 0.5 between 0.5 and 5.0; null when the body lacks it.
/// </param>
internal sealed record RatingRequest(int? MovieId, double? Rating);
