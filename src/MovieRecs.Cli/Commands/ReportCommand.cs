using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Cli.Reporting;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// `movierecs report`: profiles the data, evaluates models, and writes an HTML and a Markdown
/// report with its charts.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "The folder to write index.html, report.md and charts/ to; created when missing.",
            HelpName = "DIR",
            Required = true,
        };
        Option<string?> data = CommonOptions.CreateDataOption();
        var models = new Option<string[]>("--model", "-m")
        {
            Description = "A model to evaluate; repeat for several. Default: " +
                $"{string.Join(", ", ReportOptions.DefaultModels)}. Known: {string.Join(", ", RecommenderCatalog.Names)}.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "NAME",
        };
        var movie = new Option<int?>("--movie")
        {
            Description = "The movie id of the similarity heatmap. Default: the most rated movie.",
            HelpName = "ID",
        };
        var k = new Option<int>("-k")
        {
            Description = "The top-N list length of Precision@k, Recall@k and the other @k metrics.",
            DefaultValueFactory = _ => 10,
        };
        CommonOptions.AddRangeValidator(k, 1, 100, "between 1 and 100");
        models.Validators.Add(result =>
        {
            foreach (string name in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!RecommenderCatalog.Contains(name))
                {
                    result.AddError($"Unknown model '{name}'. Known models: {string.Join(", ", RecommenderCatalog.Names)}.");
                }
            }
        });
        movie.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is int id && id <= 0)
            {
                result.AddError($"--movie must be a positive movie id; got {id}.");
            }
        });

        var command = new Command(
            "report",
            "Profile the data, evaluate models on a temporal and a new-user holdout, and write an HTML and a " +
            "Markdown report with every chart.")
        {
            output, data, models, movie, k,
        };
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            DirectoryInfo folder = parseResult.GetRequiredValue(output);
            if (File.Exists(folder.FullName))
            {
                throw new IOException($"--out '{folder.FullName}' is a file, not a folder.");
            }

            string[] names = parseResult.GetValue(models) is { Length: > 0 } given
                ? given.Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
                : [.. ReportOptions.DefaultModels];
            var options = new ReportOptions(folder.FullName, names, parseResult.GetValue(k), parseResult.GetValue(movie));
            Directory.CreateDirectory(options.OutputDirectory);
            var clock = Stopwatch.StartNew();
            TextWriter writer = parseResult.InvocationConfiguration.Output;
            bool isTerminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
            string? dataDirectory = parseResult.GetValue(data);
            if (isTerminal)
            {
                IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
                await console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        ProgressTask task = context.AddTask("Loading the data");
                        await BuildAsync(options, dataDirectory, new BarReportProgress(task), clock, cancellationToken)
                            .ConfigureAwait(false);
                    })
                    .ConfigureAwait(false);
            }
            else
            {
                await BuildAsync(options, dataDirectory, new LineReportProgress(writer), clock, cancellationToken)
                    .ConfigureAwait(false);
            }

            await writer.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {Path.Combine(options.OutputDirectory, "index.html")} and report.md with their charts in " +
                $"{clock.Elapsed.TotalSeconds:F1} s.")).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task BuildAsync(
        ReportOptions options,
        string? dataDirectory,
        IReportProgress progress,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        var builder = new ReportBuilder(options, progress);
        progress.Start(builder.TotalSteps);
        progress.Begin("Loading and validating the data");
        MovieLensDataset dataset = await CommonOptions.LoadDatasetAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
        progress.Complete();

        ReportData report = builder.Build(dataset, cancellationToken);

        progress.Begin("Writing index.html and report.md");
        IReadOnlyList<ReportBlock> blocks = ReportContent.Create(report, options, DateTimeOffset.UtcNow, clock.Elapsed);
        await File.WriteAllTextAsync(
            Path.Combine(options.OutputDirectory, "index.html"),
            HtmlReportWriter.Render(blocks),
            cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(
            Path.Combine(options.OutputDirectory, "report.md"),
            MarkdownReportWriter.Render(blocks),
            cancellationToken).ConfigureAwait(false);
        progress.Complete();
    }
}
