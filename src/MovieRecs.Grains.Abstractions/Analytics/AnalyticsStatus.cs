namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// Where the cluster's customer analytics stand: the last run, the last completed run, and the
/// refresh schedule.
/// </summary>
/// <param name="LastRun">The run that started last, running or ended; null before the first run.</param>
/// <param name="LastCompletedRun">The last run whose every step completed; null before one has.</param>
/// <param name="RefreshIntervalSeconds">
/// The time between scheduled runs; null when the scheduled refresh is off.
/// </param>
/// <param name="NextRefreshAt">When the next scheduled run starts; null when the refresh is off.</param>
/// <param name="Customers">The customers of the data set the last run read; null before a run has read it.</param>
/// <param name="Purchases">
/// The purchases (ratings on MovieLens) of that data set; null before a run has read it.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.AnalyticsStatus")]
public sealed record AnalyticsStatus(
    [property: Id(0)] AnalyticsRun? LastRun,
    [property: Id(1)] AnalyticsRun? LastCompletedRun,
    [property: Id(2)] double? RefreshIntervalSeconds,
    [property: Id(3)] DateTimeOffset? NextRefreshAt,
    [property: Id(4)] int? Customers,
    [property: Id(5)] int? Purchases)
{
    /// <summary>Whether a run is in progress.</summary>
    public bool IsRunning => LastRun?.State == AnalyticsRunState.Running;
}
