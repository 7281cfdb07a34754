using System.Globalization;
using System.Text;
using MovieRecs.Analytics.Retention;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>Prints a repeat-purchase report as tables, and formats the customers' probabilities as CSV.</summary>
internal static class RepeatReportPrinter
{
    private const int CustomersShown = 10;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(IAnsiConsole console, RepeatPurchaseReport report)
    {
        console.WriteLine(
            $"Repeat purchase within {report.HorizonDays.ToString("0.##", Invariant)} days of {Date(report.Cutoff)}, " +
            $"model {ModelName(report.Model)}: trained on {report.TrainingExamples:N0} examples from " +
            $"{report.TrainingCutoffs.Count} cutoffs ({Date(report.TrainingCutoffs[0])} to {Date(report.TrainingCutoffs[^1])}), " +
            $"{Percent(report.TrainingPositiveRate)} of them bought again; {report.Customers:N0} customers scored" +
            (report.MaxRecencyDays is double days ? $" (last purchase at most {days.ToString("0.##", Invariant)} days before)." : "."));
        if (!report.Labelled)
        {
            console.WriteLine(
                "The data ends before the horizon does, so the outcomes are unknown and no metric is computed.");
        }
        else
        {
            console.WriteLine($"{Percent(report.PositiveRate)} of the scored customers bought again.");
            console.Write(MetricTable(report));
            console.Write(CalibrationTable($"Calibration of {ModelName(report.Model)}", report.Calibration));
            console.Write(CalibrationTable("Calibration of the recency baseline", report.BaselineCalibration));
        }

        if (report.Weights is not null)
        {
            console.Write(WeightTable(report));
        }

        console.Write(CustomerTable(report));
        console.WriteLine($"Elapsed: {report.ElapsedSeconds.ToString("F1", Invariant)} s.");
    }

    /// <summary>Formats every customer's probability as RFC 4180 CSV, highest risk first.</summary>
    public static string ToCsv(RepeatPurchaseReport report)
    {
        var builder = new StringBuilder();
        builder.AppendLine("customerId,probability,risk,baselineProbability,recencyDays,purchases,monetary,returned");
        foreach (CustomerProbability customer in report.Probabilities)
        {
            builder.AppendLine(string.Join(
                ',',
                CsvText.Quote(customer.CustomerId),
                customer.Probability.ToString("R", Invariant),
                customer.Risk.ToString("R", Invariant),
                customer.BaselineProbability.ToString("R", Invariant),
                customer.RecencyDays.ToString("R", Invariant),
                customer.Purchases.ToString(Invariant),
                customer.Monetary.ToString("R", Invariant),
                customer.Returned switch { true => "true", false => "false", null => string.Empty }));
        }

        return builder.ToString();
    }

    private static Table MetricTable(RepeatPurchaseReport report)
    {
        var table = new Table { Title = new TableTitle("Test cutoff metrics") }
            .AddColumn("Metric")
            .AddColumn(new TableColumn(ModelName(report.Model)).RightAligned())
            .AddColumn(new TableColumn("Recency baseline").RightAligned());
        table.AddRow("ROC AUC", Number(report.RocAuc), Number(report.BaselineRocAuc));
        table.AddRow("PR AUC", Number(report.PrAuc), Number(report.BaselinePrAuc));
        table.AddRow("Brier score", Number(report.Brier), Number(report.BaselineBrier));
        return table;
    }

    private static Table CalibrationTable(string title, IReadOnlyList<CalibrationBin> bins)
    {
        var table = new Table { Title = new TableTitle(title) };
        foreach (string heading in (string[])["Bin", "Customers", "Min predicted", "Max predicted", "Mean predicted", "Observed rate"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (CalibrationBin bin in bins)
        {
            table.AddRow(
                bin.Bin.ToString(Invariant),
                bin.Count.ToString(Invariant),
                bin.MinPredicted.ToString("F3", Invariant),
                bin.MaxPredicted.ToString("F3", Invariant),
                bin.MeanPredicted.ToString("F3", Invariant),
                bin.ObservedRate.ToString("F3", Invariant));
        }

        return table;
    }

    private static Table WeightTable(RepeatPurchaseReport report)
    {
        var table = new Table { Title = new TableTitle("Logistic regression weights (log-odds per standard deviation)") }
            .AddColumn("Feature")
            .AddColumn(new TableColumn("Weight").RightAligned());
        for (int i = 0; i < report.FeatureNames.Count; i++)
        {
            table.AddRow(report.FeatureNames[i], report.Weights![i].ToString("F3", Invariant));
        }

        return table;
    }

    private static Table CustomerTable(RepeatPurchaseReport report)
    {
        int listed = Math.Min(CustomersShown, report.Probabilities.Count);
        var table = new Table { Title = new TableTitle($"The {listed} customers most at risk (all in --csv and --json)") }
            .AddColumn("Customer");
        foreach (string heading in (string[])["Probability", "Baseline", "Recency days", "Purchases", "Monetary", "Returned"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (CustomerProbability customer in report.Probabilities.Take(listed))
        {
            table.AddRow(
                Markup.Escape(customer.CustomerId),
                customer.Probability.ToString("F3", Invariant),
                customer.BaselineProbability.ToString("F3", Invariant),
                customer.RecencyDays.ToString("F0", Invariant),
                customer.Purchases.ToString("N0", Invariant),
                customer.Monetary.ToString("N1", Invariant),
                customer.Returned switch { true => "yes", false => "no", null => "-" });
        }

        return table;
    }

    private static string ModelName(RepeatPurchaseModelKind kind) => kind == RepeatPurchaseModelKind.FastTree ? "fasttree" : "logistic";

    private static string Date(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd", Invariant);

    private static string Number(double? value) => value?.ToString("F4", Invariant) ?? "-";

    private static string Percent(double? value) =>
        value is double share ? (share * 100).ToString("F1", Invariant) + "%" : "-";
}
