using System.Globalization;
using ScottPlot;

namespace MovieRecs.Charts;

/// <summary>
/// The customer analytics charts: the segment scatter, the demand forecast with its interval, the
/// repeat model's calibration and ROC curves, and the factor effects with their intervals.
/// </summary>
internal static class AnalyticsCharts
{
    public static Plot SegmentScatter(IReadOnlyList<SegmentPoints> segments, IReadOnlyList<double> explainedVariance)
    {
        Plot plot = ChartStyle.Create(
            "Customer segments on the first two principal components",
            AxisLabel("Component 1", explainedVariance, 0),
            AxisLabel("Component 2", explainedVariance, 1));
        foreach (SegmentPoints segment in segments.OrderBy(segment => segment.SegmentId))
        {
            var points = plot.Add.ScatterPoints(
                segment.X.ToArray(),
                segment.Y.ToArray(),
                ChartStyle.SeriesColor(segment.SegmentId - 1));
            points.MarkerSize = 5;
            points.LegendText = $"{segment.SegmentId}. {segment.Name} ({ChartStyle.Count(segment.X.Count)})";
        }

        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    public static Plot DemandForecast(DemandChartSeries series)
    {
        string level = series.IntervalLevel.ToString("P0", CultureInfo.InvariantCulture);
        Plot plot = ChartStyle.Create(
            $"Weekly demand: {series.Name}, forecast by {series.Model}",
            "Week (UTC)",
            "Units per week");
        double[] weeks = series.Forecast.Select(point => ToAxis(point.Week)).ToArray();
        if (weeks.Length > 0)
        {
            var band = plot.Add.FillY(
                weeks,
                series.Forecast.Select(point => point.Lower).ToArray(),
                series.Forecast.Select(point => point.Upper).ToArray());
            band.FillColor = ChartStyle.SeriesColor(1).WithAlpha(0.25);
            band.LineColor = Colors.Transparent;
            band.LegendText = $"{level} prediction interval";
        }

        var history = plot.Add.ScatterLine(
            series.History.Select(week => ToAxis(week.Week)).ToArray(),
            series.History.Select(week => week.Units).ToArray(),
            ChartStyle.SeriesColor(0));
        history.LegendText = "History";
        history.LineWidth = 1.5f;
        history.MarkerSize = 0;

        if (weeks.Length > 0)
        {
            var forecast = plot.Add.ScatterLine(
                weeks,
                series.Forecast.Select(point => point.Forecast).ToArray(),
                ChartStyle.SeriesColor(1));
            forecast.LegendText = "Forecast";
            forecast.LineWidth = 2;
            forecast.MarkerSize = 4;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    public static Plot Calibration(RepeatModelChartData data)
    {
        string horizon = data.HorizonDays.ToString("0", CultureInfo.InvariantCulture);
        Plot plot = ChartStyle.Create(
            $"Calibration of the {horizon}-day repeat-purchase probability",
            "Mean predicted probability per decile",
            "Observed share that bought again");
        AddDiagonal(plot, "Perfect calibration");
        AddCurve(plot, data.Calibration.Select(bin => (bin.MeanPredicted, bin.ObservedRate)), 0, "Model");
        AddCurve(
            plot,
            data.BaselineCalibration.Select(bin => (bin.MeanPredicted, bin.ObservedRate)),
            1,
            "Recency-only baseline");
        // Repeat probabilities are often all small, so both axes end just above the largest value
        // instead of at 1, which would squeeze every bin into a corner.
        double largest = data.Calibration.Concat(data.BaselineCalibration)
            .Select(bin => Math.Max(bin.MeanPredicted, bin.ObservedRate))
            .DefaultIfEmpty(1)
            .Max();
        double limit = Math.Clamp(largest * 1.1, 0.05, 1);
        plot.Axes.SetLimits(0, limit, 0, limit);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    public static Plot Roc(RepeatModelChartData data)
    {
        string horizon = data.HorizonDays.ToString("0", CultureInfo.InvariantCulture);
        Plot plot = ChartStyle.Create(
            $"ROC curve of buying again within {horizon} days",
            "False positive rate",
            "True positive rate");
        AddDiagonal(plot, "Chance (AUC 0.5)");
        AddCurve(
            plot,
            data.RocCurve.Select(point => (point.FalsePositiveRate, point.TruePositiveRate)),
            0,
            $"Model (AUC {Auc(data.RocAuc)})");
        AddCurve(
            plot,
            data.BaselineRocCurve.Select(point => (point.FalsePositiveRate, point.TruePositiveRate)),
            1,
            $"Recency-only baseline (AUC {Auc(data.BaselineRocAuc)})");
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>
    /// Draws one row per effect, the first at the top, as a point with a horizontal 95% interval
    /// and a vertical line at 0 (no effect).
    /// </summary>
    public static Plot Effects(IReadOnlyList<EffectEstimate> effects, string title, string effectLabel)
    {
        Plot plot = ChartStyle.Create(title, effectLabel, string.Empty);
        double[] rows = Enumerable.Range(0, effects.Count).Select(index => (double)(effects.Count - index)).ToArray();
        double[] estimates = effects.Select(effect => effect.Estimate).ToArray();
        if (effects.Count > 0)
        {
            var bars = plot.Add.ErrorBar(estimates, rows, new double[effects.Count]);
            bars.XErrorNegative = effects.Select(effect => effect.Estimate - effect.Low).ToArray();
            bars.XErrorPositive = effects.Select(effect => effect.High - effect.Estimate).ToArray();
            bars.YErrorNegative = new double[effects.Count];
            bars.YErrorPositive = new double[effects.Count];
            bars.LineColor = ChartStyle.SeriesColor(0);
            bars.LineWidth = 1.5f;
            bars.LegendText = "95% interval";

            var points = plot.Add.ScatterPoints(estimates, rows, ChartStyle.SeriesColor(0));
            points.MarkerSize = 7;
            points.LegendText = "Estimate";
        }

        plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        ChartStyle.SetLeftCategoryTicks(plot, rows, effects.Select(effect => effect.Name).ToArray());
        plot.Axes.SetLimitsY(0.3, effects.Count + 0.7);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void AddDiagonal(Plot plot, string legend)
    {
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = legend;
    }

    private static void AddCurve(Plot plot, IEnumerable<(double X, double Y)> points, int series, string legend)
    {
        (double X, double Y)[] values = points.ToArray();
        if (values.Length == 0)
        {
            return;
        }

        var line = plot.Add.ScatterLine(
            values.Select(point => point.X).ToArray(),
            values.Select(point => point.Y).ToArray(),
            ChartStyle.SeriesColor(series));
        line.LegendText = legend;
        line.LineWidth = 2;
        line.MarkerSize = 5;
    }

    private static string AxisLabel(string axis, IReadOnlyList<double> explainedVariance, int index) =>
        index < explainedVariance.Count
            ? $"{axis} ({explainedVariance[index].ToString("P1", CultureInfo.InvariantCulture)} of the variance)"
            : axis;

    private static string Auc(double? auc) => auc?.ToString("F3", CultureInfo.InvariantCulture) ?? "undefined";

    private static double ToAxis(DateOnly week) => week.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToOADate();
}
