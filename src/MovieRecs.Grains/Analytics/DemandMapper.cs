using MovieRecs.Analytics.Forecasting;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <summary>Turns the library's demand forecast into the record the grain returns.</summary>
internal static class DemandMapper
{
    public static DemandForecastResult Map(DemandForecastReport report, AnalyticsResultInfo computed) =>
        new(
            computed,
            report.Horizon,
            report.SeasonLength,
            report.IntervalLevel,
            report.FirstWeek,
            report.LastWeek,
            report.Origins.ToArray(),
            report.ChosenModel,
            report.Mase,
            report.NaiveMase,
            report.BeatsNaive,
            MapSeries(report.Aggregate),
            report.Series.Select(MapSeries).ToArray());

    private static DemandSeriesResult MapSeries(SeriesForecast series) =>
        new(
            series.Key,
            series.Name,
            series.TotalUnits,
            series.Models
                .Select(model => new ModelAccuracyResult(
                    model.Model,
                    model.Mae,
                    model.Smape,
                    model.Mase,
                    model.Origins,
                    model.Unavailable))
                .ToArray(),
            series.ChosenModel,
            series.Mase,
            series.NaiveMase,
            series.BeatsNaive,
            series.BestModel,
            series.IntervalCoverage,
            series.Forecast
                .Select(point => new ForecastPointResult(point.Week, point.Forecast, point.Lower, point.Upper))
                .ToArray(),
            series.History.Select(week => new WeekValueResult(week.Week, week.Units)).ToArray());
}
