using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Grains.Abstractions.Analytics;
using MovieRecs.Grains.Telemetry;
using MovieRecs.Grains.Workers;
using Orleans.Concurrency;

namespace MovieRecs.Grains.Analytics;

/// <summary>
/// Runs every customer analysis over the silo's data set and serves the latest results: on a
/// timer every <see cref="AnalyticsOptions.RefreshInterval"/> and on request (see
/// <c>AnalyticsGrain.Run.cs</c>).
/// </summary>
/// <remarks>
/// The grain is reentrant, so the result and status calls are served while a run computes. Each
/// step computes on a dedicated thread of the <see cref="CpuWorkLimiter"/>, never on a grain turn.
/// Results live in memory only: the grain is never collected while its silo runs, and a grain
/// activated again (after its silo was lost) serves nothing until its next run completes.
/// </remarks>
[Reentrant]
[CollectionAgeLimit(AlwaysActive = true)]
public sealed partial class AnalyticsGrain(
    RecommendationModelStore store,
    CpuWorkLimiter cpuWork,
    MovieRecsMetrics metrics,
    IOptions<AnalyticsOptions> options,
    TimeProvider timeProvider,
    ILogger<AnalyticsGrain> logger) : Grain, IAnalyticsGrain
{
    private readonly ILogger _logger = logger;

    // The error of each step's last failed attempt, cleared when the step completes again.
    private readonly Dictionary<string, string> _stepErrors = new(StringComparer.Ordinal);

    private AnalyticsRun? _lastRun;
    private AnalyticsRun? _lastCompletedRun;
    private DateTimeOffset? _nextRefreshAt;
    private int? _customers;
    private int? _purchases;
    private SegmentsResult? _segments;
    private DemandForecastResult? _demand;
    private RepeatForecastResult? _repeat;
    private FactorsResult? _factors;
    private ActionResults? _actions;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        AnalyticsOptions settings = options.Value;
        if (settings.IsScheduled)
        {
            this.RegisterGrainTimer(
                OnRefreshTimerAsync,
                new GrainTimerCreationOptions(settings.FirstRunDelay, settings.RefreshInterval) { KeepAlive = true });
            _nextRefreshAt = timeProvider.GetUtcNow() + settings.FirstRunDelay;
            LogRefreshScheduled(settings.RefreshInterval, settings.FirstRunDelay);
        }
        else
        {
            LogRefreshOff();
        }

        return base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<AnalyticsStatus> GetStatusAsync() => Task.FromResult(CreateStatus());

    /// <inheritdoc />
    public Task<AnalyticsStatus> RefreshAsync()
    {
        StartRun(AnalyticsRunTrigger.Manual);
        return Task.FromResult(CreateStatus());
    }

    /// <inheritdoc />
    public Task<SegmentsResult> GetSegmentsAsync() =>
        Task.FromResult(_segments ?? throw NotReady("segmentation", AnalyticsSteps.Segments));

    /// <inheritdoc />
    public Task<DemandForecastResult> GetDemandForecastAsync() =>
        Task.FromResult(_demand ?? throw NotReady("demand forecast", AnalyticsSteps.Demand));

    /// <inheritdoc />
    public Task<RepeatForecastResult> GetRepeatForecastAsync(int offset, int count, double? maxRecencyDays = null)
    {
        CheckPage(offset, count);
        if (maxRecencyDays is <= 0 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxRecencyDays),
                maxRecencyDays,
                $"The recency limit {maxRecencyDays} is invalid: it must be a number of days above 0.");
        }

        RepeatForecastResult repeat = _repeat ?? throw NotReady("repeat-purchase forecast", AnalyticsSteps.Repeat);
        IReadOnlyList<CustomerRiskResult> listed = maxRecencyDays is double limit
            ? repeat.Customers.Where(customer => customer.RecencyDays <= limit).ToArray()
            : repeat.Customers;
        return Task.FromResult(repeat with
        {
            CustomerCount = listed.Count,
            Offset = offset,
            Customers = Page(listed, offset, count),
            MaxRecencyDays = maxRecencyDays,
            LostCustomerCount = repeat.Customers.Count - listed.Count,
        });
    }

    /// <inheritdoc />
    public Task<FactorsResult> GetFactorsAsync() =>
        Task.FromResult(_factors ?? throw NotReady("influencing-factor report", AnalyticsSteps.Factors));

    /// <inheritdoc />
    public Task<StockPlanResult> GetStockPlanAsync() => Task.FromResult(RequireActions("stock plan").StockPlan);

    /// <inheritdoc />
    public Task<PromotionsResult> GetPromotionsAsync(int offset, int count)
    {
        CheckPage(offset, count);
        PromotionsResult promotions = RequireActions("promotions list").Promotions;
        return Task.FromResult(promotions with
        {
            Offset = offset,
            Customers = Page(promotions.Customers, offset, count),
        });
    }

    /// <inheritdoc />
    public Task<CustomerPromotionsResult> GetCustomerPromotionsAsync(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ActionResults actions = RequireActions("promotions list");
        return actions.TryGetCustomer(customerId, out CustomerPromotionsResult? promotions)
            ? Task.FromResult(promotions!)
            : throw new UnknownCustomerException(customerId, actions.Promotions.CustomerCount);
    }

    /// <inheritdoc />
    public Task<LoyaltyResult> GetLoyaltyAsync() => Task.FromResult(RequireActions("loyalty list").Loyalty);

    private Task OnRefreshTimerAsync(CancellationToken cancellationToken)
    {
        _nextRefreshAt = timeProvider.GetUtcNow() + options.Value.RefreshInterval;
        StartRun(AnalyticsRunTrigger.Scheduled);
        return Task.CompletedTask;
    }

    private AnalyticsStatus CreateStatus()
    {
        AnalyticsOptions settings = options.Value;
        return new AnalyticsStatus(
            _lastRun,
            _lastCompletedRun,
            settings.IsScheduled ? settings.RefreshInterval.TotalSeconds : null,
            settings.IsScheduled ? _nextRefreshAt : null,
            _customers,
            _purchases);
    }

    private ActionResults RequireActions(string result) => _actions ?? throw NotReady(result, AnalyticsSteps.Actions);

    /// <summary>
    /// Creates the exception for a result no run has computed, saying whether a run is computing it,
    /// why the last run did not, and when the next scheduled run starts.
    /// </summary>
    private AnalyticsNotReadyException NotReady(string result, string step)
    {
        if (_lastRun is { State: AnalyticsRunState.Running } running)
        {
            return new AnalyticsNotReadyException(
                result,
                isRunning: true,
                $"The {result} is not ready: analytics run {running.RunId}, started at {Format(running.StartedAt)}, " +
                "is computing it. Retry when GET /api/analytics/status shows the run has ended.");
        }

        string schedule = options.Value.IsScheduled && _nextRefreshAt is DateTimeOffset next
            ? $"The next scheduled run starts at {Format(next)}."
            : "The scheduled refresh is off (MovieRecs:Analytics:RefreshInterval).";
        string cause = _stepErrors.TryGetValue(step, out string? error) && _lastRun is not null
            ? $"analytics run {_lastRun.RunId} failed at step '{step}': {error}"
            : "no analytics run has computed it yet";
        return new AnalyticsNotReadyException(
            result,
            isRunning: false,
            $"The {result} is not available: {cause}. An admin starts a run with POST /api/admin/analytics/refresh. " +
            schedule);
    }

    private static string Format(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static void CheckPage(int offset, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
    }

    private static T[] Page<T>(IReadOnlyList<T> items, int offset, int count) =>
        items.Skip(offset).Take(count).ToArray();
}
