namespace MovieRecs.Grains.Abstractions;

/// <summary>A user's top-N list, best first, and the model that produced it.</summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="Model">The model the request named, in its canonical lower-case spelling.</param>
/// <param name="ServedBy">
/// The model that produced the list: <paramref name="Model"/>, or "popularity" when <paramref
/// name="Fallback"/> is set.
/// </param>
/// <param name="Fallback">
/// Whether the list comes from the popularity model because the requested model could not score the
/// user (the user has no ratings, or the model scored no movie).
/// </param>
/// <param name="Items">
/// The recommended movies, best first; none of them is rated by the user.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RecommendationList")]
public sealed record RecommendationList(
    [property: Id(0)] int UserId,
    [property: Id(1)] string Model,
    [property: Id(2)] string ServedBy,
    [property: Id(3)] bool Fallback,
    [property: Id(4)] IReadOnlyList<RecommendedMovie> Items);
