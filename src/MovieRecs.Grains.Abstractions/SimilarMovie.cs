namespace MovieRecs.Grains.Abstractions;

/// <summary>A movie similar to another one, with its catalogue data.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Title">The title as published.</param>
/// <param name="Year">
/// The release year, or <see langword="null"/> when the title carries none.
/// </param>
/// <param name="Genres">The genre labels in catalogue order.</param>
/// <param name="Similarity">The similarity to the movie the list belongs to, in [-1, 1].</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SimilarMovie")]
public sealed record SimilarMovie(
    [property: Id(0)] int MovieId,
    [property: Id(1)] string Title,
    [property: Id(2)] int? Year,
    [property: Id(3)] IReadOnlyList<string> Genres,
    [property: Id(4)] double Similarity);
