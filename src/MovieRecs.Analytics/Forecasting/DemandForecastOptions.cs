namespace MovieRecs.Analytics.Forecasting;

/// <summary>The settings of a demand forecast and its backtest.</summary>
public sealed record DemandForecastOptions
{
    /// <summary>The season length chosen when none is set and every origin has a year of history.</summary>
    public const int YearlySeason = 52;

    /// <summary>The season length chosen when none is set and some origin has less than a year of history.</summary>
    public const int MonthlySeason = 4;

    /// <summary>The grouping of the series forecast besides the aggregate.</summary>
    public DemandLevel Level { get; init; } = DemandLevel.Aggregate;

    /// <summary>The maximum number of category or product series, those with the most units in the window.</summary>
    public int Top { get; init; } = 20;

    /// <summary>
    /// The maximum number of complete weeks used, counted back from the last complete week. The default of 156
    /// (three years) is explained in docs/analytics.md: older weeks of MovieLens come from a
    /// different set of active users.
    /// </summary>
    public int WindowWeeks { get; init; } = 156;

    /// <summary>
    /// The season length of the seasonal naive forecast in weeks, or <see langword="null"/> to use
    /// <see cref="YearlySeason"/> when every backtest origin has at least that many weeks before it,
    /// else <see cref="MonthlySeason"/>.
    /// </summary>
    public int? SeasonLength { get; init; }

    /// <summary>The coverage of the prediction intervals, inside (0, 1).</summary>
    public double IntervalLevel { get; init; } = 0.8;

    /// <summary>The backtest settings, including the forecast horizon.</summary>
    public BacktestOptions Backtest { get; init; } = new();

    /// <summary>Whether the learned model uses the target week's week of year and month.</summary>
    public bool UseCalendarFeatures { get; init; } = true;

    /// <summary>The seed of the learned model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Throws when a setting is out of range, naming it and the value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Top);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(WindowWeeks);
        if (SeasonLength is int season)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(season, 2, nameof(SeasonLength));
        }

        if (!(IntervalLevel > 0 && IntervalLevel < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(IntervalLevel),
                IntervalLevel,
                $"The interval level must lie inside (0, 1); got {IntervalLevel}.");
        }

        ArgumentNullException.ThrowIfNull(Backtest);
        Backtest.Validate();
    }
}
