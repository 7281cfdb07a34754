namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// A value and a count: a rating value and its number of ratings, or a rank and the rating count
/// of the user or movie at that rank.
/// </summary>
/// <param name="Value">The rating (0.5-5.0) or the 1-based rank.</param>
/// <param name="Count">The number of ratings.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ValueCountResult")]
public sealed record ValueCountResult(
    [property: Id(0)] double Value,
    [property: Id(1)] int Count);
