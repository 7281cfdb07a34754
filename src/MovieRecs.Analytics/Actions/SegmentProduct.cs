namespace MovieRecs.Analytics.Actions;

/// <summary>A product that one segment buys more than customers overall, to promote to the segment.</summary>
/// <param name="Rank">The position in the segment's list, from 1.</param>
/// <param name="ProductId">The product.</param>
/// <param name="ProductName">The product's name.</param>
/// <param name="Buyers">The segment's customers who bought the product.</param>
/// <param name="SegmentShare">The product's share of the segment's purchase lines.</param>
/// <param name="OverallShare">The product's share of all purchase lines.</param>
/// <param name="Lift">SegmentShare / OverallShare.</param>
public sealed record SegmentProduct(
    int Rank,
    string ProductId,
    string ProductName,
    int Buyers,
    double SegmentShare,
    double OverallShare,
    double Lift);
