namespace MovieRecs.Analytics.Actions;

/// <summary>The settings of a per-product stock plan.</summary>
public sealed record StockPlanOptions
{
    /// <summary>The weeks the plan covers, which is also the horizon of the backtest behind the safety stock.</summary>
    public int PeriodWeeks { get; init; } = 4;

    /// <summary>
    /// The cycle service level: the probability, under normal forecast errors, that the period's
    /// demand does not exceed the planned stock. Between 0.5 and 0.999.
    /// </summary>
    public double ServiceLevel { get; init; } = 0.95;

    /// <summary>The maximum number of products planned, those with the most units in the window.</summary>
    public int Top { get; init; } = 100;

    /// <summary>The maximum number of complete weeks of history, as for the demand forecast.</summary>
    public int WindowWeeks { get; init; } = 156;

    /// <summary>The maximum number of backtest origins whose errors give the safety stock.</summary>
    public int Origins { get; init; } = 12;

    /// <summary>The weeks between backtest origins.</summary>
    public int OriginStep { get; init; } = 4;

    /// <summary>
    /// The backtest origins that a safety stock is built from before it is checked on the next
    /// origin, for the backtest service level.
    /// </summary>
    public int MinimumCheckOrigins { get; init; } = 3;

    /// <summary>
    /// Whether to add each product's mean backtest period error to its forecast (never below 0), for
    /// a model that forecasts too low or too high on average. The safety stock still covers the
    /// errors' spread only.
    /// </summary>
    public bool CorrectBias { get; init; }

    /// <summary>Whether the learned demand model uses calendar features.</summary>
    public bool UseCalendarFeatures { get; init; } = true;

    /// <summary>The seed of the learned demand model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Throws when a setting is out of range, naming it and the value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PeriodWeeks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Top);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(WindowWeeks);
        ArgumentOutOfRangeException.ThrowIfLessThan(Origins, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(OriginStep);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumCheckOrigins, 2);
        if (!(ServiceLevel >= 0.5 && ServiceLevel <= 0.999))
        {
            throw new ArgumentOutOfRangeException(
                nameof(ServiceLevel),
                ServiceLevel,
                $"The service level must lie between 0.5 and 0.999; got {ServiceLevel}.");
        }
    }
}
