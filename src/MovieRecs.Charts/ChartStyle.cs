using System.Globalization;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace MovieRecs.Charts;

/// <summary>The layout helpers every chart shares: titles, category and log axes, grouped bars.</summary>
internal static class ChartStyle
{
    // Rough width of one tick label character at ScottPlot's default 12 px font, used to reserve
    // room for rotated labels.
    private const float CharacterWidth = 7f;

    private static readonly ScottPlot.Palettes.Category10 SeriesPalette = new ScottPlot.Palettes.Category10();

    /// <summary>Creates a plot with a title and both axis labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Returns the color of series i, cycling through ten colors.</summary>
    public static Color SeriesColor(int series) => SeriesPalette.GetColor(series);

    /// <summary>
    /// Puts one label under each category position, rotated when the labels are long or many.
    /// </summary>
    public static void SetCategoryTicks(Plot plot, double[] positions, string[] labels)
    {
        plot.Axes.Bottom.SetTicks(positions, labels);
        int longest = labels.Length == 0 ? 0 : labels.Max(label => label.Length);
        if (longest * labels.Length > 60)
        {
            // Turned so each label ends under its tick and runs down to the left, where the
            // vertical axis leaves room, instead of past the right edge.
            plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = (longest * CharacterWidth * 0.72f) + 30;
        }

        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.HideGrid();
    }

    /// <summary>Labels one vertical category axis, for horizontal bars and heatmap rows.</summary>
    public static void SetLeftCategoryTicks(Plot plot, double[] positions, string[] labels)
    {
        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
    }

    /// <summary>
    /// Makes an axis whose data are log10 values read as a log scale: labels at powers of ten
    /// (1, 10, 100, ...) and minor ticks at 2..9 times each power.
    /// </summary>
    public static void UseLogScale(IAxis axis)
    {
        axis.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = value => Math.Pow(10, value).ToString("N0", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Labels a color bar axis whose values are log10 as the powers of ten they stand for.</summary>
    public static void UseLogScaleLabels(IAxis axis)
    {
        axis.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = value => Math.Pow(10, value).ToString("G3", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Adds one bar series per entry, grouped by category: with n series, series s of category c
    /// is drawn at c (n + 1) + s. A null value leaves its bar out. Returns the center of each group.
    /// </summary>
    public static double[] AddGroupedBars(
        Plot plot,
        int categoryCount,
        IReadOnlyList<(string Name, double?[] Values)> series)
    {
        int stride = series.Count + 1;
        for (int index = 0; index < series.Count; index++)
        {
            (string name, double?[] values) = series[index];
            var bars = new List<Bar>();
            for (int category = 0; category < categoryCount; category++)
            {
                if (values[category] is double value && double.IsFinite(value))
                {
                    bars.Add(new Bar
                    {
                        Position = (category * stride) + index,
                        Value = value,
                        FillColor = SeriesColor(index),
                        Size = 0.9,
                    });
                }
            }

            BarPlot plottable = plot.Add.Bars(bars);
            plottable.LegendText = name;
        }

        if (series.Count > 1)
        {
            plot.ShowLegend(Edge.Right);
        }

        plot.Axes.Margins(bottom: 0);
        return Enumerable.Range(0, categoryCount)
            .Select(category => (category * stride) + ((series.Count - 1) / 2.0))
            .ToArray();
    }

    /// <summary>Formats a count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
