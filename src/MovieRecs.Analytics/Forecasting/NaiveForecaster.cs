namespace MovieRecs.Analytics.Forecasting;

/// <summary>The naive forecast: every future week repeats the last observed week.</summary>
public sealed class NaiveForecaster : LocalForecaster
{
    /// <summary>The name of the method in reports.</summary>
    public const string MethodName = "naive";

    /// <inheritdoc/>
    public override string Name => MethodName;

    /// <inheritdoc/>
    public override int MinimumHistory => 1;

    /// <inheritdoc/>
    protected override double[] ForecastValidated(IReadOnlyList<double> history, int horizon) =>
        Enumerable.Repeat(history[^1], horizon).ToArray();
}
