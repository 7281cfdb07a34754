using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Gateway.Analytics;

/// <summary>
/// The demand forecast at one level: the backtest settings, the model chosen on the aggregate
/// series with its MASE and the naive MASE there, and the series of the level.
/// </summary>
/// <param name="Level">"aggregate" or "genre".</param>
/// <param name="Computed">The run that computed the forecast.</param>
/// <param name="Horizon">The weeks forecast.</param>
/// <param name="SeasonLength">The season length of the seasonal naive model, in weeks.</param>
/// <param name="IntervalLevel">The coverage the prediction intervals aim at.</param>
/// <param name="FirstWeek">The Monday of the window's first week.</param>
/// <param name="LastWeek">The Monday of the window's last complete week.</param>
/// <param name="Origins">The first forecast week of each backtest origin.</param>
/// <param name="ChosenModel">The model with the lowest MASE on the aggregate series.</param>
/// <param name="Mase">The chosen model's MASE on the aggregate series.</param>
/// <param name="NaiveMase">The naive model's MASE on the aggregate series.</param>
/// <param name="BeatsNaive">Whether the chosen model beats the naive forecast on the aggregate series.</param>
/// <param name="Series">The aggregate series, or one series per genre.</param>
internal sealed record DemandForecastResponse(
    string Level,
    AnalyticsResultInfo Computed,
    int Horizon,
    int SeasonLength,
    double IntervalLevel,
    DateOnly FirstWeek,
    DateOnly LastWeek,
    IReadOnlyList<DateOnly> Origins,
    string ChosenModel,
    double? Mase,
    double? NaiveMase,
    bool BeatsNaive,
    IReadOnlyList<DemandSeriesResult> Series)
{
    /// <summary>Takes the series of one level from the grain's forecast.</summary>
    public static DemandForecastResponse From(DemandForecastResult forecast, bool genres) =>
        new(
            genres ? AnalyticsEndpoints.GenreLevel : AnalyticsEndpoints.AggregateLevel,
            forecast.Computed,
            forecast.Horizon,
            forecast.SeasonLength,
            forecast.IntervalLevel,
            forecast.FirstWeek,
            forecast.LastWeek,
            forecast.Origins,
            forecast.ChosenModel,
            forecast.Mase,
            forecast.NaiveMase,
            forecast.BeatsNaive,
            genres ? forecast.Genres : [forecast.Aggregate]);
}
