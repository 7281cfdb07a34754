namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// A demand forecasting method. It fits on the histories it is given and nothing else, so a
/// backtest can refit it at every origin on the weeks before that origin.
/// </summary>
public interface IDemandForecaster
{
    /// <summary>The method's name as reports and the command line spell it.</summary>
    string Name { get; }

    /// <summary>The minimum history in weeks that the method needs to fit.</summary>
    int MinimumHistory { get; }

    /// <summary>
    /// Fits on the histories and returns, for each of them, the forecasts of the next
    /// <paramref name="horizon"/> weeks (units, zero or more). Local methods fit each series on its
    /// own; global ones fit one model over all of them.
    /// </summary>
    /// <exception cref="ArgumentException">A history is shorter than <see cref="MinimumHistory"/>.</exception>
    IReadOnlyList<double[]> Forecast(IReadOnlyList<WeeklySeries> histories, int horizon);
}
