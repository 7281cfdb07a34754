namespace MovieRecs.Analytics.Segmentation;

/// <summary>A customer's segment and position on the 2-D projection for a scatter plot.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="SegmentId">The segment, from 1.</param>
/// <param name="X">The coordinate on the first principal component.</param>
/// <param name="Y">The coordinate on the second principal component.</param>
public sealed record CustomerAssignment(string CustomerId, int SegmentId, double X, double Y);
