namespace MovieRecs.Grains.Abstractions;

/// <summary>One rating of a user's history, with the rated movie's catalogue data.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Title">The title as published, including the trailing "(year)".</param>
/// <param name="Year">The release year, or <see langword="null"/> when the title has none.</param>
/// <param name="Genres">The genre labels in catalogue order.</param>
/// <param name="Rating">The rating, a multiple of 0.5 between 0.5 and 5.0.</param>
/// <param name="Timestamp">When the rating was given, in seconds since the Unix epoch (UTC).</param>
/// <param name="Posted">Whether the rating was posted to the service after the data set.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RatingHistoryEntry")]
public sealed record RatingHistoryEntry(
    [property: Id(0)] int MovieId,
    [property: Id(1)] string Title,
    [property: Id(2)] int? Year,
    [property: Id(3)] IReadOnlyList<string> Genres,
    [property: Id(4)] double Rating,
    [property: Id(5)] long Timestamp,
    [property: Id(6)] bool Posted);
