namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// A model's backtest accuracy on one series. The measures are <see langword="null"/> when the
/// model was unavailable or the measure is undefined (a MASE scale of zero).
/// </summary>
/// <param name="Model">The model's name.</param>
/// <param name="Mae">The mean absolute error in units.</param>
/// <param name="Smape">The sMAPE in percent (0-200).</param>
/// <param name="Mase">The mean absolute scaled error; below 1 beats the in-sample one-step naive forecast.</param>
/// <param name="Origins">The number of backtest origins.</param>
/// <param name="Unavailable">Why the model was not backtested, or <see langword="null"/>.</param>
public sealed record ModelAccuracy(string Model, double? Mae, double? Smape, double? Mase, int Origins, string? Unavailable)
{
    /// <summary>Returns the accuracy of one series' backtest.</summary>
    public static ModelAccuracy From(SeriesBacktest backtest)
    {
        ArgumentNullException.ThrowIfNull(backtest);
        return new ModelAccuracy(
            backtest.Model,
            Defined(backtest.Mae),
            Defined(backtest.Smape),
            Defined(backtest.Mase),
            backtest.Origins.Count,
            Unavailable: null);
    }

    /// <summary>Returns the entry of a model that was not backtested.</summary>
    public static ModelAccuracy Missing(string model, string reason) => new(model, null, null, null, 0, reason);

    /// <summary>Returns <see langword="null"/> for NaN, else the value.</summary>
    public static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
