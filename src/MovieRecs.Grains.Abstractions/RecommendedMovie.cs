namespace MovieRecs.Grains.Abstractions;

/// <summary>One entry of a top-N list, with the movie's catalogue data.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Title">
/// The title as published, including the trailing "(year)" where there is one.
/// </param>
/// <param name="Year">
/// The release year, or <see langword="null"/> when the title carries none.
/// </param>
/// <param name="Genres">The genre labels in catalogue order.</param>
/// <param name="Score">
/// The ranking score; its meaning depends on the model that served the list.
/// </param>
/// <param name="Reason">
/// The strongest evidence behind the score when the list was requested with reasons, else
/// <see langword="null"/>.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RecommendedMovie")]
public sealed record RecommendedMovie(
    [property: Id(0)] int MovieId,
    [property: Id(1)] string Title,
    [property: Id(2)] int? Year,
    [property: Id(3)] IReadOnlyList<string> Genres,
    [property: Id(4)] double Score,
    [property: Id(5)] RecommendationReason? Reason = null);
