namespace MovieRecs.Analytics.Forecasting;

/// <summary>The settings of a rolling-origin backtest.</summary>
public sealed record BacktestOptions
{
    /// <summary>The weeks forecast from each origin.</summary>
    public int Horizon { get; init; } = 8;

    /// <summary>
    /// The maximum number of origins. The last origin leaves exactly <see cref="Horizon"/> weeks after it, and
    /// each earlier one lies <see cref="OriginStep"/> weeks before the next.
    /// </summary>
    public int Origins { get; init; } = 12;

    /// <summary>The weeks between consecutive origins.</summary>
    public int OriginStep { get; init; } = 4;

    /// <summary>
    /// The minimum number of training weeks before an origin, so earlier origins are dropped. Models
    /// that need more history than an origin has are reported as unavailable.
    /// </summary>
    public int MinimumTrainingWeeks { get; init; } = 16;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is not positive, or the minimum training is below 2.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Horizon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Origins);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(OriginStep);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumTrainingWeeks, 2);
    }

    /// <summary>
    /// Returns the origins (the number of weeks before each) for a series of
    /// <paramref name="length"/> weeks, oldest first; empty when none leaves enough training weeks.
    /// </summary>
    public IReadOnlyList<int> OriginsFor(int length)
    {
        var origins = new List<int>();
        for (int k = 0; k < Origins; k++)
        {
            int origin = length - Horizon - (k * OriginStep);
            if (origin < MinimumTrainingWeeks)
            {
                break;
            }

            origins.Add(origin);
        }

        origins.Reverse();
        return origins;
    }
}
