using MovieRecs.Algorithms.Data;

namespace MovieRecs.Storage;

/// <summary>A committed rating and the value it replaced, if any.</summary>
/// <param name="Rating">The rating as stored.</param>
/// <param name="PreviousValue">The value the same user gave the same movie before, or <see langword="null"/>.</param>
public sealed record RatingWrite(Rating Rating, double? PreviousValue);
