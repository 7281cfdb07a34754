namespace MovieRecs.Grains.Abstractions;

/// <summary>What a new visitor told the service: the genres they like and a few ratings.</summary>
/// <param name="Genres">Genre labels of the catalogue, compared ignoring case; may be empty.</param>
/// <param name="Ratings">Ratings of catalogue movies, one per movie; may be empty.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ColdStartRequest")]
public sealed record ColdStartRequest(
    [property: Id(0)] IReadOnlyList<string> Genres,
    [property: Id(1)] IReadOnlyList<ColdStartRating> Ratings);
