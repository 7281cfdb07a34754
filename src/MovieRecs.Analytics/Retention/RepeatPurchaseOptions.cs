namespace MovieRecs.Analytics.Retention;

/// <summary>The settings of a repeat-purchase forecast.</summary>
public sealed record RepeatPurchaseOptions
{
    /// <summary>The window after a cutoff in which a purchase counts as buying again.</summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The number of training cutoffs before the test cutoff.</summary>
    public int TrainingCutoffs { get; init; } = 12;

    /// <summary>
    /// The time between training cutoffs, or <see langword="null"/> for one horizon, which makes the
    /// training label windows adjacent and never overlapping.
    /// </summary>
    public TimeSpan? CutoffStep { get; init; }

    /// <summary>
    /// The maximum recency a customer may have at a cutoff to be trained on and scored there, or
    /// <see langword="null"/> for every customer with a purchase before the cutoff. Long-gone
    /// customers are easy to predict, so leaving them out measures the model on customers who may
    /// still return.
    /// </summary>
    public TimeSpan? MaxRecency { get; init; }

    /// <summary>The trainer of the model.</summary>
    public RepeatPurchaseModelKind Model { get; init; } = RepeatPurchaseModelKind.Logistic;

    /// <summary>The number of bins of the calibration tables (10 gives deciles).</summary>
    public int CalibrationBins { get; init; } = 10;

    /// <summary>The seed of ML.NET's context.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The time between training cutoffs in effect.</summary>
    public TimeSpan EffectiveCutoffStep => CutoffStep ?? Horizon;

    /// <summary>Throws when a setting is out of range, naming it and the value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Horizon, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TrainingCutoffs);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(EffectiveCutoffStep, TimeSpan.Zero, nameof(CutoffStep));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(CalibrationBins);
        if (MaxRecency is TimeSpan maxRecency)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxRecency, TimeSpan.Zero, nameof(MaxRecency));
        }
    }
}
