namespace MovieRecs.Grains.Abstractions;

/// <summary>A movie's catalogue data and rating statistics.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Title">
/// The title as published, including the trailing "(year)" where there is one.
/// </param>
/// <param name="Year">
/// The release year, or <see langword="null"/> when the title carries none.
/// </param>
/// <param name="Genres">The genre labels in catalogue order.</param>
/// <param name="RatingCount">The number of ratings the movie has in the data set.</param>
/// <param name="MeanRating">
/// The mean of those ratings, or <see langword="null"/> when there are none.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.MovieInfo")]
public sealed record MovieInfo(
    [property: Id(0)] int MovieId,
    [property: Id(1)] string Title,
    [property: Id(2)] int? Year,
    [property: Id(3)] IReadOnlyList<string> Genres,
    [property: Id(4)] int RatingCount,
    [property: Id(5)] double? MeanRating);
