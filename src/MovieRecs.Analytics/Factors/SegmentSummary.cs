namespace MovieRecs.Analytics.Factors;

/// <summary>A segment's id, generated name and number of customers.</summary>
/// <param name="Id">The segment's id, 1 for the largest.</param>
/// <param name="Name">The generated name.</param>
/// <param name="Size">The number of customers.</param>
public sealed record SegmentSummary(int Id, string Name, int Size);
