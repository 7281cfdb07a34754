namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The fitted parameters and final state of an exponential smoothing model. Simple exponential
/// smoothing has no trend: its <see cref="Beta"/>, <see cref="Phi"/> and trends are zero.
/// </summary>
/// <param name="Alpha">The level smoothing weight, in (0, 1).</param>
/// <param name="Beta">The trend smoothing weight, in (0, 1).</param>
/// <param name="Phi">The trend damping factor, in [0.8, 0.98].</param>
/// <param name="InitialLevel">The level before the first week.</param>
/// <param name="InitialTrend">The trend before the first week, in units per week.</param>
/// <param name="Level">The level after the last week.</param>
/// <param name="Trend">The trend after the last week, in units per week.</param>
/// <param name="Mse">The mean squared one-step error over the history, which the fit minimises.</param>
public sealed record SmoothingParameters(
    double Alpha,
    double Beta,
    double Phi,
    double InitialLevel,
    double InitialTrend,
    double Level,
    double Trend,
    double Mse);
