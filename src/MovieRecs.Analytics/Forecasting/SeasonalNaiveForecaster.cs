namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The seasonal naive forecast: week h ahead repeats the week one season earlier,
/// ŷ(T+h) = y(T+h−m·⌈h/m⌉) for season length m.
/// </summary>
public sealed class SeasonalNaiveForecaster : LocalForecaster
{
    /// <summary>Creates the method for a season of <paramref name="seasonLength"/> weeks.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seasonLength"/> is below 2.</exception>
    public SeasonalNaiveForecaster(int seasonLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seasonLength, 2);
        SeasonLength = seasonLength;
    }

    /// <summary>The season length in weeks.</summary>
    public int SeasonLength { get; }

    /// <inheritdoc/>
    public override string Name => $"seasonal-naive-{SeasonLength}";

    /// <inheritdoc/>
    public override int MinimumHistory => SeasonLength;

    /// <inheritdoc/>
    protected override double[] ForecastValidated(IReadOnlyList<double> history, int horizon)
    {
        int length = history.Count;
        double[] forecast = new double[horizon];
        for (int step = 1; step <= horizon; step++)
        {
            int seasonsBack = (step + SeasonLength - 1) / SeasonLength;
            forecast[step - 1] = history[length - 1 + step - (SeasonLength * seasonsBack)];
        }

        return forecast;
    }
}
