using System.Globalization;
using MovieRecs.Charts;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Gateway.Charts;

/// <summary>
/// Draws the charts of section analytics from the analytics grain's latest results. A result that
/// no run has computed raises the grain's <see cref="AnalyticsNotReadyException"/>, and an unknown
/// series or factor model an <see cref="InvalidRequestValueException"/>.
/// </summary>
internal static class AnalyticsChartDrawer
{
    /// <summary>The value of the series parameter that names the aggregate demand series.</summary>
    public const string AggregateSeries = "all";

    /// <summary>The factor model whose effects the factor chart shows by default.</summary>
    public const string RepeatModel = "repeat";

    /// <summary>The factor model of the ratings.</summary>
    public const string RatingModel = "rating";

    /// <summary>The most coefficients of the rating model the factor chart shows, the largest first.</summary>
    public const int MaxRatingEffects = 20;

    /// <summary>Draws an analytics chart; <paramref name="series"/> and <paramref name="model"/> may be null.</summary>
    public static async Task<Chart> DrawAsync(
        ChartDefinition chart,
        string? series,
        string? model,
        IGrainFactory grainFactory)
    {
        IAnalyticsGrain analytics = grainFactory.GetGrain<IAnalyticsGrain>(AnalyticsKeys.Default);
        return chart.Input switch
        {
            ChartInput.Segments => DrawSegments(await analytics.GetSegmentsAsync()),
            ChartInput.DemandForecast => DrawDemand(await analytics.GetDemandForecastAsync(), series),
            ChartInput.RepeatModel => DrawRepeat(chart.Id, await analytics.GetRepeatForecastAsync(0, 1)),
            ChartInput.Factors => DrawFactors(await analytics.GetFactorsAsync(), model),
            _ => throw new ArgumentException($"Chart '{chart.Id}' is not an analytics chart.", nameof(chart)),
        };
    }

    private static Chart DrawSegments(SegmentsResult segments)
    {
        SegmentPoints[] groups = segments.Segments
            .Select(segment =>
            {
                SegmentPointResult[] members = segments.Points.Where(point => point.SegmentId == segment.Id).ToArray();
                return new SegmentPoints(
                    segment.Id,
                    segment.Name,
                    members.Select(point => point.X).ToArray(),
                    members.Select(point => point.Y).ToArray());
            })
            .ToArray();
        return ChartFactory.CreateSegmentChart(groups, segments.ExplainedVariance);
    }

    private static Chart DrawDemand(DemandForecastResult forecast, string? key)
    {
        string wanted = key ?? AggregateSeries;
        DemandSeriesResult? series = string.Equals(wanted, AggregateSeries, StringComparison.OrdinalIgnoreCase)
            ? forecast.Aggregate
            : forecast.Genres.FirstOrDefault(
                genre => string.Equals(genre.Key, wanted, StringComparison.OrdinalIgnoreCase));
        if (series is null)
        {
            string known = string.Join(", ", forecast.Genres.Select(genre => genre.Key));
            throw new InvalidRequestValueException(
                "series",
                $"The series '{wanted}' is not forecast: use {AggregateSeries} or one of the genres {known}.");
        }

        string name = series == forecast.Aggregate ? "all purchases" : series.Name;
        return ChartFactory.CreateDemandChart(new DemandChartSeries(
            name,
            series.ChosenModel,
            forecast.IntervalLevel,
            series.History.Select(week => (week.Week, week.Units)).ToArray(),
            series.Forecast.Select(point => (point.Week, point.Forecast, point.Lower, point.Upper)).ToArray()));
    }

    private static Chart DrawRepeat(string id, RepeatForecastResult repeat) =>
        ChartFactory.CreateRepeatChart(
            id,
            new RepeatModelChartData(
                repeat.Calibration.Select(ToPoint).ToArray(),
                repeat.BaselineCalibration.Select(ToPoint).ToArray(),
                repeat.RocCurve.Select(ToPoint).ToArray(),
                repeat.BaselineRocCurve.Select(ToPoint).ToArray(),
                repeat.RocAuc,
                repeat.BaselineRocAuc,
                repeat.HorizonDays));

    private static Chart DrawFactors(FactorsResult factors, string? model)
    {
        string wanted = model ?? RepeatModel;
        if (string.Equals(wanted, RepeatModel, StringComparison.OrdinalIgnoreCase))
        {
            RepeatFactorsResult repeat = factors.Repeat ?? throw Skipped(factors, "repeat-purchase factors");
            EffectEstimate[] effects = repeat.Factors
                .Where(factor => factor is { Coefficient: not null, WaldLow: not null, WaldHigh: not null })
                .OrderByDescending(factor => factor.Coefficient)
                .Select(factor => new EffectEstimate(
                    factor.Feature,
                    factor.Coefficient!.Value,
                    factor.WaldLow!.Value,
                    factor.WaldHigh!.Value))
                .ToArray();
            string horizon = repeat.HorizonDays.ToString("0", CultureInfo.InvariantCulture);
            return ChartFactory.CreateFactorChart(
                effects,
                $"What drives buying again within {horizon} days",
                "Log-odds per standard deviation (ridge logistic), 95% interval");
        }

        if (string.Equals(wanted, RatingModel, StringComparison.OrdinalIgnoreCase))
        {
            RatingFactorsResult rating = factors.Rating ?? throw Skipped(factors, "rating factors");

            // The intercept is a level, not an effect, so it is left out.
            EffectEstimate[] effects = rating.Coefficients
                .Where(coefficient => !coefficient.Name.Equals("intercept", StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(coefficient => Math.Abs(coefficient.Estimate))
                .Take(MaxRatingEffects)
                .OrderByDescending(coefficient => coefficient.Estimate)
                .Select(coefficient => new EffectEstimate(
                    coefficient.Name,
                    coefficient.Estimate,
                    coefficient.ClusteredLow ?? coefficient.Low,
                    coefficient.ClusteredHigh ?? coefficient.High))
                .ToArray();
            return ChartFactory.CreateFactorChart(
                effects,
                $"What drives the rating: the {effects.Length} largest effects",
                "Stars per unit or level, 95% clustered interval");
        }

        throw new InvalidRequestValueException(
            "model",
            $"The factor model '{wanted}' is invalid: it must be {RepeatModel} or {RatingModel}.");
    }

    private static AnalyticsNotReadyException Skipped(FactorsResult factors, string part) =>
        new(
            part,
            isRunning: false,
            $"The {part} were left out of analytics run {factors.Computed.RunId}: " +
            string.Join(" ", factors.Skipped));

    private static CalibrationPoint ToPoint(CalibrationBinResult bin) =>
        new(bin.MeanPredicted, bin.ObservedRate, bin.Count);

    private static RocCurvePoint ToPoint(RocPointResult point) =>
        new(point.FalsePositiveRate, point.TruePositiveRate);
}
