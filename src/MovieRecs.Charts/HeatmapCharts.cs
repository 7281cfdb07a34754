using System.Globalization;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Algorithms.Similarity;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.Plottables;

namespace MovieRecs.Charts;

/// <summary>The heatmaps: item-item similarity with titles on both axes, and genre co-occurrence.</summary>
internal static class HeatmapCharts
{
    // Titles longer than this are cut with an ellipsis so the axis keeps room for the cells.
    private const int MaxLabelLength = 28;

    public static Plot Similarity(MovieSimilarityMatrix matrix, string title)
    {
        string metric = matrix.Metric == SimilarityMetric.Pearson ? "Pearson correlation" : "Cosine similarity";
        Plot plot = ChartStyle.Create(title, "Movie", "Movie");
        int size = matrix.MovieIds.Count;
        var cells = new double[size, size];
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                cells[row, column] = matrix.Values[row][column] ?? double.NaN;
            }
        }

        AddHeatmap(plot, cells, $"{metric} (-1 to 1; grey: undefined)", logScale: false, range: (-1, 1));
        string[] labels = matrix.Titles.Select(Shorten).ToArray();
        LabelCells(plot, labels, labels);
        return plot;
    }

    public static Plot GenreCooccurrence(DatasetProfile profile)
    {
        Plot plot = ChartStyle.Create("Genre co-occurrence", "Genre", "Genre");
        int size = profile.Genres.Count;
        var cells = new double[size, size];
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                cells[row, column] = profile.GenreCooccurrence[row][column];
            }
        }

        AddHeatmap(plot, cells, "Movies with both genres (count)", logScale: false);
        string[] labels = profile.Genres.Select(genre => genre.Genre).ToArray();
        LabelCells(plot, labels, labels);
        return plot;
    }

    /// <summary>
    /// Adds a heatmap whose row 0 is drawn at the top, one unit per cell, with a color bar.
    /// </summary>
    public static Heatmap AddHeatmap(
        Plot plot,
        double[,] cells,
        string colorLabel,
        bool logScale,
        (double Min, double Max)? range = null)
    {
        int rows = cells.GetLength(0);
        int columns = cells.GetLength(1);
        Heatmap heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.NaNCellColor = Colors.LightGray;
        heatmap.Rectangle = new CoordinateRect(0, columns, 0, rows);
        if (range is (double min, double max))
        {
            heatmap.ManualRange = new ScottPlot.Range(min, max);
        }

        ColorBar colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = colorLabel;
        if (logScale)
        {
            ChartStyle.UseLogScaleLabels(colorBar.Axis);
        }

        plot.Axes.SetLimits(0, columns, 0, rows);
        plot.HideGrid();
        return heatmap;
    }

    private static void LabelCells(Plot plot, string[] columnLabels, string[] rowLabels)
    {
        ChartStyle.SetCategoryTicks(
            plot,
            Enumerable.Range(0, columnLabels.Length).Select(column => column + 0.5).ToArray(),
            columnLabels);

        // Row 0 is at the top, so its center is at rows - 0.5.
        ChartStyle.SetLeftCategoryTicks(
            plot,
            Enumerable.Range(0, rowLabels.Length).Select(row => rowLabels.Length - row - 0.5).ToArray(),
            rowLabels);
    }

    private static string Shorten(string title) =>
        title.Length <= MaxLabelLength
            ? title
            : string.Concat(title.AsSpan(0, MaxLabelLength - 1), "\u2026");

    internal static string FormatSimilarity(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
