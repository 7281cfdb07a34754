namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The backtest of one model over a set of series. An unavailable model (too little history at the
/// first origin) has no results and carries the reason.
/// </summary>
/// <param name="Model">The model's name.</param>
/// <param name="BySeries">The results per series, in the order the series were given; empty when unavailable.</param>
/// <param name="UnavailableReason">Why the model was not backtested, or <see langword="null"/>.</param>
public sealed record ModelBacktest(string Model, IReadOnlyList<SeriesBacktest> BySeries, string? UnavailableReason)
{
    /// <summary>Whether the model was backtested.</summary>
    public bool IsAvailable => UnavailableReason is null;
}
