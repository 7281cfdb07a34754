using System.Globalization;
using MovieRecs.Algorithms.Exploration;
using ScottPlot;

namespace MovieRecs.Charts;

/// <summary>The charts of the ratings data, drawn from a <see cref="DatasetProfile"/>.</summary>
internal static class DataCharts
{
    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static Plot RatingHistogram(DatasetProfile profile)
    {
        Plot plot = ChartStyle.Create("Rating histogram", "Rating (stars)", "Ratings (count)");
        double[] values = profile.RatingHistogram.Select(bar => bar.Value).ToArray();
        var bars = plot.Add.Bars(values, profile.RatingHistogram.Select(bar => (double)bar.Count).ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.Size = 0.4;
        }

        ChartStyle.SetCategoryTicks(
            plot,
            values,
            values.Select(value => value.ToString("0.0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    public static Plot LongTail(IReadOnlyList<RankedCount> curve, string title, string rankLabel, string countLabel)
    {
        Plot plot = ChartStyle.Create(title, rankLabel, countLabel);
        double[] ranks = curve.Select(point => Math.Log10(point.Rank)).ToArray();
        double[] counts = curve.Select(point => Math.Log10(Math.Max(1, point.Count))).ToArray();
        var line = plot.Add.ScatterLine(ranks, counts, ChartStyle.SeriesColor(0));
        line.LineWidth = 2;
        ChartStyle.UseLogScale(plot.Axes.Bottom);
        ChartStyle.UseLogScale(plot.Axes.Left);
        return plot;
    }

    public static Plot RatingsPerMonth(DatasetProfile profile)
    {
        Plot plot = ChartStyle.Create("Ratings per month", "Month (UTC)", "Ratings per month (count)");
        double[] months = profile.RatingsPerMonth
            .Select(month => new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc).ToOADate())
            .ToArray();
        double[] counts = profile.RatingsPerMonth.Select(month => (double)month.Count).ToArray();
        if (months.Length > 0)
        {
            plot.Add.ScatterLine(months, counts, ChartStyle.SeriesColor(0)).LineWidth = 1.5f;
        }

        // The date axis replaces the bottom axis, so its label is set again.
        plot.Axes.DateTimeTicksBottom();
        plot.XLabel("Month (UTC)");
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    public static Plot ActivityByHour(DatasetProfile profile)
    {
        Plot plot = ChartStyle.Create("Rating activity by hour of day", "Hour of day (UTC)", "Ratings (count)");
        double[] hours = Enumerable.Range(0, 24).Select(hour => (double)hour).ToArray();
        plot.Add.Bars(hours, profile.RatingsByHour.Select(count => (double)count).ToArray());
        ChartStyle.SetCategoryTicks(
            plot,
            hours.Where(hour => hour % 3 == 0).ToArray(),
            hours.Where(hour => hour % 3 == 0).Select(hour => hour.ToString("00", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    public static Plot ActivityByWeekday(DatasetProfile profile)
    {
        Plot plot = ChartStyle.Create("Rating activity by day of week", "Day of week (UTC)", "Ratings (count)");
        double[] days = Enumerable.Range(0, 7).Select(day => (double)day).ToArray();
        plot.Add.Bars(days, profile.RatingsByWeekday.Select(count => (double)count).ToArray());
        ChartStyle.SetCategoryTicks(plot, days, Weekdays);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    public static Plot Sparsity(DatasetProfile profile)
    {
        string title = string.Create(
            CultureInfo.InvariantCulture,
            $"Sparsity: {profile.SparsityPercent:F2}% of {ChartStyle.Count((long)profile.Users * profile.Movies)} cells empty");
        Plot plot = ChartStyle.Create(
            title,
            "Movies, most rated left (blocks)",
            "Users, most active top (blocks)");
        DensityGrid grid = profile.Density;
        var cells = new double[grid.UserBins, grid.MovieBins];
        for (int row = 0; row < grid.UserBins; row++)
        {
            for (int column = 0; column < grid.MovieBins; column++)
            {
                // Colors follow log10 of the filled percentage, because the blocks of rarely
                // rated movies are hundreds of times sparser than the popular ones. Empty blocks
                // get the NaN color.
                double percent = 100 * grid.Density[row][column];
                cells[row, column] = percent > 0 ? Math.Log10(percent) : double.NaN;
            }
        }

        HeatmapCharts.AddHeatmap(plot, cells, "Cells rated (%, log scale)", logScale: true);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
        return plot;
    }

    public static Plot GenreCounts(DatasetProfile profile) =>
        GenreBars(
            profile,
            "Movies per genre",
            "Movies (count)",
            profile.Genres.Select(genre => (double?)genre.Movies).ToArray(),
            maxValue: null);

    public static Plot GenreMeanRating(DatasetProfile profile) =>
        GenreBars(
            profile,
            "Mean rating per genre",
            "Mean rating (stars, 0.5-5.0)",
            profile.Genres.Select(genre => genre.MeanRating).ToArray(),
            maxValue: 5.0);

    private static Plot GenreBars(
        DatasetProfile profile,
        string title,
        string valueLabel,
        double?[] values,
        double? maxValue)
    {
        Plot plot = ChartStyle.Create(title, valueLabel, "Genre");
        var bars = new List<Bar>();
        for (int genre = 0; genre < values.Length; genre++)
        {
            if (values[genre] is double value)
            {
                // The first genre is drawn on top.
                bars.Add(new Bar { Position = values.Length - 1 - genre, Value = value, FillColor = ChartStyle.SeriesColor(0) });
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        ChartStyle.SetLeftCategoryTicks(
            plot,
            Enumerable.Range(0, values.Length).Select(genre => (double)(values.Length - 1 - genre)).ToArray(),
            profile.Genres.Select(genre => genre.Genre).ToArray());
        plot.Axes.Margins(left: 0);
        if (maxValue is double max)
        {
            plot.Axes.SetLimitsX(0, max);
        }

        plot.HideGrid();
        return plot;
    }
}
