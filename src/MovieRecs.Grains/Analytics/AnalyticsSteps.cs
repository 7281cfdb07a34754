namespace MovieRecs.Grains.Analytics;

/// <summary>The names of the steps of an analytics run, in run order.</summary>
internal static class AnalyticsSteps
{
    /// <summary>Reads the silo's data set as a purchase log; every other step needs it.</summary>
    public const string Purchases = "purchases";

    /// <summary>Customer segmentation with k-means.</summary>
    public const string Segments = "segments";

    /// <summary>The weekly demand forecast of the aggregate and of every genre.</summary>
    public const string Demand = "demand";

    /// <summary>The repeat-purchase forecast.</summary>
    public const string Repeat = "repeat";

    /// <summary>The influencing factors.</summary>
    public const string Factors = "factors";

    /// <summary>The stock plan, the promotions and the customers at risk.</summary>
    public const string Actions = "actions";

    /// <summary>Every step in run order.</summary>
    public static IReadOnlyList<string> All { get; } = [Purchases, Segments, Demand, Repeat, Factors, Actions];
}
