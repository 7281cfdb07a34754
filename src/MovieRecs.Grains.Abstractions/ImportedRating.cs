namespace MovieRecs.Grains.Abstractions;

/// <summary>A rating read from an imported file.</summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Rating">The rating, <see cref="RatingScale.Rule"/>.</param>
/// <param name="Timestamp">When the rating was given, in seconds since the Unix epoch (UTC).</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ImportedRating")]
public readonly record struct ImportedRating(
    [property: Id(0)] int UserId,
    [property: Id(1)] int MovieId,
    [property: Id(2)] double Rating,
    [property: Id(3)] long Timestamp);
