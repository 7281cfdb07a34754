namespace MovieRecs.Analytics.Actions;

/// <summary>The in-stock products most over-represented in one segment's purchases.</summary>
/// <param name="SegmentId">The segment.</param>
/// <param name="SegmentName">The segment's generated name.</param>
/// <param name="Customers">The segment's customers.</param>
/// <param name="Products">The products, highest lift first.</param>
public sealed record SegmentPromotions(
    int SegmentId,
    string SegmentName,
    int Customers,
    IReadOnlyList<SegmentProduct> Products);
