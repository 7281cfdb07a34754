namespace MovieRecs.Grains.Abstractions;

/// <summary>A genre of the catalogue with its movie and rating counts.</summary>
/// <param name="Genre">The genre label as the catalogue spells it.</param>
/// <param name="MovieCount">The number of catalogue movies in the genre.</param>
/// <param name="RatingCount">The number of ratings of those movies in the loaded data.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.GenreSummary")]
public sealed record GenreSummary(
    [property: Id(0)] string Genre,
    [property: Id(1)] int MovieCount,
    [property: Id(2)] int RatingCount);
