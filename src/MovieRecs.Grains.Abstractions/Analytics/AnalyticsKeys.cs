namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The keys of the analytics grain.</summary>
public static class AnalyticsKeys
{
    /// <summary>The key of the one analytics grain of a cluster.</summary>
    public const string Default = "default";
}
