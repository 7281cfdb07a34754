namespace MovieRecs.Grains.Abstractions;

/// <summary>A movie and its number of ratings.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Title">The title.</param>
/// <param name="Ratings">The number of ratings.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.MovieRatingCountResult")]
public sealed record MovieRatingCountResult(
    [property: Id(0)] int MovieId,
    [property: Id(1)] string Title,
    [property: Id(2)] int Ratings);
