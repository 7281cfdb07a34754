namespace MovieRecs.Algorithms.Exploration;

/// <summary>The number of ratings given in one calendar month (UTC).</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Count">The number of ratings with a timestamp in that month.</param>
public sealed record MonthlyCount(int Year, int Month, int Count);
