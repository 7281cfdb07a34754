namespace MovieRecs.Analytics.Forecasting;

/// <summary>A forecasting method that fits each series on its own history.</summary>
public abstract class LocalForecaster : IDemandForecaster
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract int MinimumHistory { get; }

    /// <inheritdoc/>
    public IReadOnlyList<double[]> Forecast(IReadOnlyList<WeeklySeries> histories, int horizon)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        return histories.Select(history => Forecast(history.Values, horizon)).ToArray();
    }

    /// <summary>
    /// Fits on one history (oldest first) and returns the next <paramref name="horizon"/> weeks.
    /// </summary>
    /// <exception cref="ArgumentException">The history is shorter than <see cref="MinimumHistory"/>.</exception>
    public double[] Forecast(IReadOnlyList<double> history, int horizon)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        if (history.Count < MinimumHistory)
        {
            throw new ArgumentException(
                $"{Name} needs at least {MinimumHistory} weeks of history; got {history.Count}.",
                nameof(history));
        }

        return ForecastValidated(history, horizon);
    }

    /// <summary>Forecasts from a history that has at least <see cref="MinimumHistory"/> weeks.</summary>
    protected abstract double[] ForecastValidated(IReadOnlyList<double> history, int horizon);
}
