using System.CommandLine;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs inspect`: the data summary and the validation report.</summary>
internal static class InspectCommand
{
    private const int IssuesShown = 20;

    public static Command Create()
    {
        Option<string?> data = CommonOptions.CreateDataOption();
        Option<FileInfo?> json = CommonOptions.CreateJsonOption("Also write the summary and every validation issue to FILE as JSON.");
        var command = new Command("inspect", "Load the data, validate it and print a summary with the per-file report.")
        {
            data,
            json,
        };
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            MovieLensDataset dataset = await CommonOptions
                .LoadDatasetAsync(parseResult.GetValue(data), cancellationToken, requireRatings: false)
                .ConfigureAwait(false);
            var summary = DatasetSummary.From(dataset);
            Print(CommonOptions.CreateConsole(parseResult), summary);
            if (parseResult.GetValue(json) is FileInfo file)
            {
                await CommonOptions.WriteJsonAsync(file, summary, cancellationToken).ConfigureAwait(false);
            }

            // The report comes first so that it shows why the rows were skipped.
            CommonOptions.EnsureHasRatings(dataset);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(IAnsiConsole console, DatasetSummary summary)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        var totals = new Table().AddColumn("Data set").AddColumn(new TableColumn("Value").RightAligned());
        totals.AddRow("Directory", Markup.Escape(summary.Directory));
        totals.AddRow("Ratings", summary.Ratings.ToString("N0", invariant));
        totals.AddRow("Users", summary.Users.ToString("N0", invariant));
        totals.AddRow("Movies", summary.Movies.ToString("N0", invariant));
        totals.AddRow("Tags", summary.Tags.ToString("N0", invariant));
        totals.AddRow("Links", summary.Links.ToString("N0", invariant));
        totals.AddRow("Genre labels", summary.GenreLabels.ToString(invariant));
        totals.AddRow("Mean rating", summary.MeanRating.ToString("F3", invariant));
        totals.AddRow("Sparsity", summary.Sparsity.ToString("P3", invariant));
        totals.AddRow("First rating", summary.FirstRating?.ToString("yyyy-MM-dd", invariant) ?? "-");
        totals.AddRow("Last rating", summary.LastRating?.ToString("yyyy-MM-dd", invariant) ?? "-");
        console.Write(totals);
        console.WriteLine($"Genres: {string.Join(", ", summary.Genres)}");

        var files = new Table().AddColumn("File");
        foreach (string heading in (string[])["Read", "Kept", "Fixed", "Skipped"])
        {
            files.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (FileLoadReport file in summary.Files)
        {
            files.AddRow(
                file.IsPresent ? file.File : $"{file.File} (absent)",
                file.RowsRead.ToString("N0", invariant),
                file.RowsKept.ToString("N0", invariant),
                file.RowsFixed.ToString("N0", invariant),
                file.RowsSkipped.ToString("N0", invariant));
        }

        console.Write(files);
        PrintIssues(console, summary.Issues);
    }

    private static void PrintIssues(IAnsiConsole console, IReadOnlyList<LoadIssue> issues)
    {
        if (issues.Count == 0)
        {
            console.WriteLine("Validation: no issues.");
            return;
        }

        console.WriteLine($"Validation: {issues.Count} issue(s); the first {Math.Min(IssuesShown, issues.Count)}:");
        foreach (LoadIssue issue in issues.Take(IssuesShown))
        {
            console.WriteLine($"  {issue.File}:{issue.Line} {issue.Kind} ({issue.Action}): {issue.Message}");
        }
    }
}
