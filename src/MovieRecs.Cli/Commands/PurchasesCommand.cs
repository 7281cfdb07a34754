using System.CommandLine;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs purchases`: works with purchase-log CSV files.</summary>
internal static class PurchasesCommand
{
    private const int IssuesShown = 20;

    public static Command Create() => new("purchases", "Read and check purchase-log CSV files.") { CreateInspect() };

    private static Command CreateInspect()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: false);
        Option<FileInfo?> json = CommonOptions.CreateJsonOption("Also write the import report and every issue to FILE as JSON.");
        var command = new Command(
            "inspect",
            "Read a purchase log, validate every row and print the column mapping, the counts and the issues.");
        foreach (Option option in source.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            LoadedPurchases loaded = await source
                .LoadAsync(parseResult, cancellationToken, requirePurchases: false)
                .ConfigureAwait(false);
            var summary = PurchaseLogSummary.From(loaded);
            Print(CommonOptions.CreateConsole(parseResult), summary);
            if (parseResult.GetValue(json) is FileInfo file)
            {
                await CommonOptions.WriteJsonAsync(file, summary, cancellationToken).ConfigureAwait(false);
            }

            // The report comes first so that it shows why the rows were skipped.
            PurchaseSourceOptions.EnsureHasPurchases(loaded);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(IAnsiConsole console, PurchaseLogSummary summary)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        console.WriteLine($"File: {summary.File}");
        var columns = new Table().AddColumn("Field").AddColumn("Column").AddColumn("Found");
        foreach (PurchaseColumnMatch match in summary.Columns)
        {
            columns.AddRow(
                PurchaseCsvMapping.FieldNames[(int)match.Column],
                Markup.Escape(match.Header ?? "(left out)"),
                match.IsPresent ? $"column {match.Index + 1}" : "no");
        }

        console.Write(columns);
        var totals = new Table().AddColumn("Purchase log").AddColumn(new TableColumn("Value").RightAligned());
        totals.AddRow("Purchases", summary.Purchases.ToString("N0", invariant));
        totals.AddRow("Customers", summary.Customers.ToString("N0", invariant));
        totals.AddRow("Products", summary.Products.ToString("N0", invariant));
        totals.AddRow("Categories", summary.Categories.ToString("N0", invariant));
        totals.AddRow("Channels", Markup.Escape(summary.Channels.Count == 0 ? "-" : string.Join(", ", summary.Channels)));
        totals.AddRow("Total amount", summary.TotalAmount.ToString("N2", invariant));
        totals.AddRow("First purchase", summary.FirstPurchase?.ToString("u", invariant) ?? "-");
        totals.AddRow("Last purchase", summary.LastPurchase?.ToString("u", invariant) ?? "-");
        FileLoadReport counts = summary.Report;
        totals.AddRow("Rows read", counts.RowsRead.ToString("N0", invariant));
        totals.AddRow("Kept", counts.RowsKept.ToString("N0", invariant));
        totals.AddRow("Fixed", counts.RowsFixed.ToString("N0", invariant));
        totals.AddRow("Skipped", counts.RowsSkipped.ToString("N0", invariant));
        console.Write(totals);

        if (summary.Issues.Count == 0)
        {
            console.WriteLine("Validation: no issues.");
            return;
        }

        console.WriteLine($"Validation: {summary.Issues.Count} issue(s); the first {Math.Min(IssuesShown, summary.Issues.Count)}:");
        foreach (LoadIssue issue in summary.Issues.Take(IssuesShown))
        {
            console.WriteLine(Markup.Escape($"  {issue.File}:{issue.Line} {issue.Kind} ({issue.Action}): {issue.Message}"));
        }
    }
}
