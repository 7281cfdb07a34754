namespace MovieRecs.Gateway.Endpoints;

/// <summary>
/// The body of POST /api/recommendations/cold-start:
/// <c>{"genres": ["Comedy"], "ratings": [{"movieId": 1, "rating": 4.5}]}</c>.
/// </summary>
/// <param name="Genres">The genres the visitor picked; null when the body lacks them.</param>
/// <param name="Ratings">The visitor's ratings; null when the body lacks them.</param>
internal sealed record ColdStartBody(IReadOnlyList<string?>? Genres, IReadOnlyList<RatingRequest?>? Ratings);
