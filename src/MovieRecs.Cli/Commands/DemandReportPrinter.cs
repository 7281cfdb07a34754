using System.Globalization;
using System.Text;
using MovieRecs.Analytics.Forecasting;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>Prints a demand forecast report as tables, and formats its forecasts as CSV.</summary>
internal static class DemandReportPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(IAnsiConsole console, DemandForecastReport report)
    {
        console.WriteLine(
            $"Weekly demand from {Date(report.FirstWeek)} to the week of {Date(report.LastWeek)} ({report.Weeks} complete weeks, " +
            $"Monday to Sunday UTC); horizon {report.Horizon} weeks; {report.Origins.Count} backtest origins from " +
            $"{Date(report.Origins[0])} to {Date(report.Origins[^1])}; seasonal naive season {report.SeasonLength} weeks.");
        console.Write(AccuracyTable("Aggregate backtest", [report.Aggregate]));
        string verdict = report.BeatsNaive ? "beats" : "does NOT beat";
        console.WriteLine(
            $"Chosen model: {report.ChosenModel}, aggregate MASE {Number(report.Mase)} against naive {Number(report.NaiveMase)}: " +
            $"it {verdict} the naive forecast.");
        console.Write(ForecastTable(report.Aggregate, report.IntervalLevel));
        console.WriteLine(
            "Interval coverage on later backtest origins, each interval built from earlier origins' errors only: " +
            $"{Percent(report.Aggregate.IntervalCoverage)}.");
        if (report.Series.Count > 0)
        {
            console.Write(AccuracyTable($"Backtest per {LevelName(report.Level)}", report.Series));
            console.Write(SummaryTable(report));
            PrintVerdicts(console, report);
        }

        console.WriteLine($"Elapsed: {report.ElapsedSeconds.ToString("F1", Invariant)} s.");
    }

    /// <summary>Formats every series' forecast with its interval as RFC 4180 CSV.</summary>
    public static string ToCsv(DemandForecastReport report)
    {
        var builder = new StringBuilder();
        builder.AppendLine("series,name,level,week,forecast,lower,upper,model");
        foreach (SeriesForecast series in report.Series.Prepend(report.Aggregate))
        {
            foreach (ForecastPoint point in series.Forecast)
            {
                builder.AppendLine(string.Join(
                    ',',
                    CsvText.Quote(series.Key),
                    CsvText.Quote(series.Name),
                    LevelName(series.Level),
                    Date(point.Week),
                    point.Forecast.ToString("R", Invariant),
                    point.Lower.ToString("R", Invariant),
                    point.Upper.ToString("R", Invariant),
                    series.ChosenModel));
            }
        }

        return builder.ToString();
    }

    private static Table AccuracyTable(string title, IReadOnlyList<SeriesForecast> series)
    {
        var table = new Table { Title = new TableTitle(title) }.AddColumn("Series").AddColumn("Model");
        foreach (string heading in (string[])["MAE", "sMAPE %", "MASE", "Origins"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (SeriesForecast one in series)
        {
            foreach (ModelAccuracy accuracy in one.Models)
            {
                table.AddRow(
                    Markup.Escape(one.Name),
                    Markup.Escape(accuracy.Unavailable is null ? accuracy.Model : $"{accuracy.Model} ({accuracy.Unavailable})"),
                    Number(accuracy.Mae),
                    Number(accuracy.Smape),
                    Number(accuracy.Mase),
                    accuracy.Origins.ToString(Invariant));
            }
        }

        return table;
    }

    private static Table ForecastTable(SeriesForecast series, double intervalLevel)
    {
        string percent = (intervalLevel * 100).ToString("0.#", Invariant) + "%";
        var table = new Table { Title = new TableTitle($"{series.Name}: forecast with {percent} intervals ({series.ChosenModel})") }
            .AddColumn("Week");
        foreach (string heading in (string[])["Forecast", "Lower", "Upper"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (ForecastPoint point in series.Forecast)
        {
            table.AddRow(Date(point.Week), Units(point.Forecast), Units(point.Lower), Units(point.Upper));
        }

        return table;
    }

    private static Table SummaryTable(DemandForecastReport report)
    {
        var table = new Table { Title = new TableTitle($"{report.ChosenModel} against naive per {LevelName(report.Level)}") }
            .AddColumn("Series");
        foreach (string heading in (string[])["Units", "MASE", "Naive MASE", "Beats naive", "Best model", "Interval coverage", $"Next {report.Horizon} weeks"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (SeriesForecast series in report.Series)
        {
            table.AddRow(
                Markup.Escape(series.Name),
                Units(series.TotalUnits),
                Number(series.Mase),
                Number(series.NaiveMase),
                series.BeatsNaive switch { true => "yes", false => "no", null => "-" },
                series.BestModel ?? "-",
                Percent(series.IntervalCoverage),
                Units(series.Forecast.Sum(point => point.Forecast)));
        }

        return table;
    }

    private static void PrintVerdicts(IAnsiConsole console, DemandForecastReport report)
    {
        int beating = report.Series.Count(series => series.BeatsNaive == true);
        string[] notBeating = report.Series
            .Where(series => series.BeatsNaive == false)
            .Select(series => series.Name)
            .ToArray();
        console.WriteLine(
            $"{report.ChosenModel} beats naive on {beating} of {report.Series.Count} {LevelName(report.Level)} series.");
        if (notBeating.Length > 0)
        {
            console.WriteLine($"It does not beat naive on: {string.Join(", ", notBeating)}.");
        }

        int undefined = report.Series.Count(series => series.BeatsNaive is null);
        if (undefined > 0)
        {
            console.WriteLine($"{undefined} series have no defined MASE (no week-to-week change before some origin).");
        }
    }

    private static string LevelName(DemandLevel level) => level switch
    {
        DemandLevel.Category => "category",
        DemandLevel.Product => "product",
        _ => "aggregate",
    };

    private static string Date(DateOnly week) => week.ToString("yyyy-MM-dd", Invariant);

    private static string Number(double? value) => value?.ToString("F3", Invariant) ?? "-";

    private static string Percent(double? value) =>
        value is double share ? (share * 100).ToString("F0", Invariant) + "%" : "-";

    private static string Units(double value) => value.ToString("N1", Invariant);
}
