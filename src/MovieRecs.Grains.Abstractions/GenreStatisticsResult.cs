namespace MovieRecs.Grains.Abstractions;

/// <summary>The catalogue and rating figures of one genre label.</summary>
/// <param name="Genre">The genre label, "(no genres listed)" included.</param>
/// <param name="Movies">The number of catalogue movies with the label.</param>
/// <param name="Ratings">The number of ratings of those movies.</param>
/// <param name="MeanRating">The mean of those ratings; null when none was rated.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.GenreStatisticsResult")]
public sealed record GenreStatisticsResult(
    [property: Id(0)] string Genre,
    [property: Id(1)] int Movies,
    [property: Id(2)] int Ratings,
    [property: Id(3)] double? MeanRating);
