using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Actions;

/// <summary>The settings of all three business actions: stock, promotions and loyalty.</summary>
public sealed record ActionOptions
{
    /// <summary>The stock plan's settings.</summary>
    public StockPlanOptions Stock { get; init; } = new();

    /// <summary>The promotions' settings.</summary>
    public PromotionOptions Promotions { get; init; } = new();

    /// <summary>The loyalty list's settings.</summary>
    public LoyaltyOptions Loyalty { get; init; } = new();

    /// <summary>The segmentation behind the segment promotions and the segments' favourite categories.</summary>
    public SegmentationOptions Segmentation { get; init; } = new();
}
