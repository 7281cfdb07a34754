using MovieRecs.Grains.Abstractions.Analytics;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Grains.Tests.Analytics;

/// <summary>
/// The analytics grain on the synthetic data set, whose ratings span less than a day: too short
/// for the weekly demand forecast, so a run there ends failed and names the step.
/// </summary>
[Collection(SyntheticClusterDefinition.Name)]
public sealed class AnalyticsGrainTests(SyntheticClusterFixture fixture)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private IAnalyticsGrain Analytics => fixture.Client.GetGrain<IAnalyticsGrain>(AnalyticsKeys.Default);

    [Fact]
    public async Task Refresh_DataTooShort_FailsNamingStep()
    {
        AnalyticsStatus started = await Analytics.RefreshAsync();
        AnalyticsStatus ended = await WaitForEndAsync();
        AnalyticsRun run = ended.LastRun!;
        string steps = string.Join("; ", run.Steps.Select(step => $"{step.Name} {step.State} {step.Error}"));

        Assert.NotNull(started.LastRun);
        Assert.Equal(AnalyticsRunTrigger.Manual, started.LastRun.Trigger);
        Assert.Equal(started.LastRun.RunId, run.RunId);
        Assert.Equal(AnalyticsRunState.Failed, run.State);
        Assert.Equal(
            ["purchases", "segments", "demand", "repeat", "factors", "actions"],
            run.Steps.Select(step => step.Name));
        Assert.Equal(AnalyticsRunState.Completed, Step(run, "purchases").State);
        Assert.Equal(AnalyticsRunState.Failed, Step(run, "demand").State);
        Assert.False(string.IsNullOrWhiteSpace(Step(run, "demand").Error), steps);
        Assert.Contains("Step 'demand' failed: ", run.Error, StringComparison.Ordinal);
        Assert.NotNull(run.FinishedAt);
        Assert.True(run.DurationSeconds > 0, steps);
        Assert.Equal(60, ended.Customers);
        Assert.Null(ended.RefreshIntervalSeconds);
        Assert.Null(ended.NextRefreshAt);
    }

    [Fact]
    public async Task GetDemandForecast_NoCompletedRun_ThrowsNotReady()
    {
        await WaitForEndAsync();

        var error = await Assert.ThrowsAsync<AnalyticsNotReadyException>(() => Analytics.GetDemandForecastAsync());

        Assert.Equal("demand forecast", error.Result);
        Assert.False(error.IsRunning);
        Assert.Contains("POST /api/admin/analytics/refresh", error.Message, StringComparison.Ordinal);
        Assert.Contains("The scheduled refresh is off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRepeatForecast_NegativeOffset_Throws()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Analytics.GetRepeatForecastAsync(-1, 10));

        // Orleans copies the message across the call, not the parameter name.
        Assert.Contains("offset", error.Message, StringComparison.Ordinal);
    }

    private static AnalyticsStep Step(AnalyticsRun run, string name) => run.Steps.Single(step => step.Name == name);

    private Task<AnalyticsStatus> WaitForEndAsync() =>
        Polling.WaitForAsync(
            Analytics.GetStatusAsync,
            status => !status.IsRunning,
            RunTimeout,
            "the analytics run to end");
}
