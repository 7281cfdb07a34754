namespace MovieRecs.Algorithms.Exploration;

/// <summary>
/// One point of a rank-frequency curve: the user or movie at a rank, counted from 1 for the one
/// with the most ratings, and its number of ratings.
/// </summary>
/// <param name="Rank">The 1-based rank after sorting by rating count, largest first.</param>
/// <param name="Count">The number of ratings of the user or movie at that rank.</param>
public sealed record RankedCount(int Rank, int Count);
