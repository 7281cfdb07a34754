namespace MovieRecs.Grains.Analytics;

/// <summary>Settings of the analytics grain's scheduled refresh.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>
    /// The time between scheduled runs of every customer analysis; <see cref="TimeSpan.Zero"/>
    /// turns the scheduled refresh off, so only explicit refresh requests run them.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// The time from the analytics grain's activation (at silo start) to its first scheduled run,
    /// so the first run does not compete with the similarity builds at start.
    /// </summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether the scheduled refresh is on.</summary>
    public bool IsScheduled => RefreshInterval > TimeSpan.Zero;
}
