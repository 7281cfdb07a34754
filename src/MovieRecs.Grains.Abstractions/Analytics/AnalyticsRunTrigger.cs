namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>What started an analytics run.</summary>
[GenerateSerializer]
[Alias("MovieRecs.AnalyticsRunTrigger")]
public enum AnalyticsRunTrigger
{
    /// <summary>The refresh timer, every MovieRecs:Analytics:RefreshInterval.</summary>
    Scheduled,

    /// <summary>A caller, such as the admin route POST /api/admin/analytics/refresh.</summary>
    Manual,
}
