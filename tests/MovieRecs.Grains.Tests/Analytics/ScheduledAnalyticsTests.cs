using MovieRecs.Grains.Abstractions.Analytics;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Grains.Tests.Analytics;

[Collection(ScheduledAnalyticsClusterDefinition.Name)]
public sealed class ScheduledAnalyticsTests(ScheduledAnalyticsClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task RefreshTimer_Interval_StartsRunsRepeatedly()
    {
        IAnalyticsGrain analytics = fixture.Client.GetGrain<IAnalyticsGrain>(AnalyticsKeys.Default);

        AnalyticsStatus first = await Polling.WaitForAsync(
            analytics.GetStatusAsync,
            status => status.LastRun is not null,
            Timeout,
            "the first scheduled analytics run");
        AnalyticsStatus second = await Polling.WaitForAsync(
            analytics.GetStatusAsync,
            status => status.LastRun!.RunId != first.LastRun!.RunId,
            Timeout,
            "a second scheduled analytics run");

        Assert.Equal(AnalyticsRunTrigger.Scheduled, first.LastRun!.Trigger);
        Assert.Equal(AnalyticsRunTrigger.Scheduled, second.LastRun!.Trigger);
        Assert.True(second.LastRun.StartedAt > first.LastRun.StartedAt);
        Assert.Equal(ScheduledAnalyticsClusterFixture.RefreshInterval.TotalSeconds, second.RefreshIntervalSeconds);
        Assert.NotNull(second.NextRefreshAt);
        Assert.True(second.NextRefreshAt > second.LastRun.StartedAt);
    }
}
