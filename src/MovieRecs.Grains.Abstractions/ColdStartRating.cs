namespace MovieRecs.Grains.Abstractions;

/// <summary>A rating a new visitor gives a movie to start their recommendations.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Rating">The rating, a multiple of 0.5 between 0.5 and 5.0.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ColdStartRating")]
public sealed record ColdStartRating(
    [property: Id(0)] int MovieId,
    [property: Id(1)] double Rating);
