namespace MovieRecs.Grains.Abstractions;

/// <summary>How much of a user's rating history falls in one genre, and how they rated it.</summary>
/// <param name="Genre">The genre label.</param>
/// <param name="RatingCount">The number of the user's ratings of movies in the genre.</param>
/// <param name="Share">
/// That number over the user's rating count, in [0, 1]; the shares add up to more than 1 because
/// a movie has several genres.
/// </param>
/// <param name="MeanRating">The user's mean rating of movies in the genre.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.GenreAffinity")]
public sealed record GenreAffinity(
    [property: Id(0)] string Genre,
    [property: Id(1)] int RatingCount,
    [property: Id(2)] double Share,
    [property: Id(3)] double MeanRating);
