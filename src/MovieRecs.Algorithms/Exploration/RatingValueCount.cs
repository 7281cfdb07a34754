namespace MovieRecs.Algorithms.Exploration;

/// <summary>One bar of the rating histogram: a rating value and how many ratings have it.</summary>
/// <param name="Value">The rating on the 0.5-5.0 half-star scale.</param>
/// <param name="Count">The number of ratings with this value.</param>
public sealed record RatingValueCount(double Value, int Count);
