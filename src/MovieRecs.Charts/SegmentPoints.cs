namespace MovieRecs.Charts;

/// <summary>The customers of one segment on the 2-D projection, for the segment scatter.</summary>
/// <param name="SegmentId">The segment's id, which picks its color.</param>
/// <param name="Name">The segment's name, shown in the legend.</param>
/// <param name="X">The customers' coordinates on the first principal component.</param>
/// <param name="Y">
/// The customers' coordinates on the second principal component, in the order of <paramref
/// name="X"/>.
/// </param>
public sealed record SegmentPoints(int SegmentId, string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);
