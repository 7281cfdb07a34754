using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>What started an analytics run; JSON writes it by name, such as "Manual".</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<AnalyticsRunTrigger>))]
[Alias("MovieRecs.AnalyticsRunTrigger")]
public enum AnalyticsRunTrigger
{
    /// <summary>The refresh timer, every MovieRecs:Analytics:RefreshInterval.</summary>
    Scheduled,

    /// <summary>A caller, such as the admin route POST /api/admin/analytics/refresh.</summary>
    Manual,
}
