using System.CommandLine;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs evaluate`: fits every model on a split and prints the comparison table.</summary>
internal static class EvaluateCommand
{
    private const int DefaultCurveLength = 20;

    public static Command Create()
    {
        Option<string?> data = CommonOptions.CreateDataOption();
        Option<FileInfo?> json = CommonOptions.CreateJsonOption("Also write one JSON object per model to FILE.");
        var csv = new Option<FileInfo?>("--csv") { Description = "Also write one CSV row per model to FILE.", HelpName = "FILE" };
        var markdown = new Option<FileInfo?>("--markdown")
        {
            Description = "Also write a Markdown report (table, intervals, paired tests, cold-start buckets) to FILE.",
            HelpName = "FILE",
        };
        var models = new Option<string[]>("--model", "-m")
        {
            Description = $"A model to evaluate; repeat for several. Default: all ({string.Join(", ", RecommenderCatalog.Names)}).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "NAME",
        };
        var splitOptions = new SplitOptions("--seed", allowKFold: true);
        var k = new Option<int>("-k")
        {
            Description = "The top-N list length for Precision@k and Recall@k.",
            DefaultValueFactory = _ => 10,
        };

        var command = new Command("evaluate", "Fit each model on the training part of a split and score it on the test part.")
        {
            data, models,
        };
        splitOptions.AddTo(command);
        command.Options.Add(k);
        command.Options.Add(json);
        command.Options.Add(csv);
        command.Options.Add(markdown);
        CommonOptions.AddRangeValidator(k, 1, int.MaxValue, "a positive integer");
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

        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            MovieLensDataset dataset = await CommonOptions
                .LoadDatasetAsync(parseResult.GetValue(data), cancellationToken)
                .ConfigureAwait(false);
            SplitChoice choice = splitOptions.Read(parseResult);
            IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            IReadOnlyList<TrainTestSplit> splits = SplitOptions.ChooseSplits(dataset, choice, console);
            string[] names = parseResult.GetValue(models) is { Length: > 0 } given ? given : [.. RecommenderCatalog.Names];
            int listLength = parseResult.GetValue(k);
            var options = new EvaluationOptions { K = listLength, MaxK = Math.Max(listLength, DefaultCurveLength) };

            var results = new List<ModelEvaluation>();
            foreach (TrainTestSplit chosen in splits)
            {
                console.WriteLine(
                    $"Split {chosen.Name}: {chosen.Train.Count:N0} training and {chosen.Test.Count:N0} test ratings; k = {options.K}.");
                var splitResults = names
                    .Select(name => new Evaluator().Evaluate(
                        RecommenderCatalog.Create(name),
                        chosen,
                        dataset.Movies,
                        options,
                        dataset.Tags,
                        cancellationToken))
                    .ToList();
                console.Write(ResultTable(splitResults, options.K));
                results.AddRange(splitResults);
            }
            if (parseResult.GetValue(json) is FileInfo jsonFile)
            {
                await CommonOptions.WriteJsonAsync(jsonFile, results, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(csv) is FileInfo csvFile)
            {
                await CommonOptions.WriteTextAsync(csvFile, EvaluationReportWriter.ToCsv(results), cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(markdown) is FileInfo markdownFile)
            {
                string report = EvaluationReportWriter.ToMarkdown(results);
                await CommonOptions.WriteTextAsync(markdownFile, report, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Table ResultTable(IReadOnlyList<ModelEvaluation> results, int k)
    {
        var table = new Table().AddColumn("Model");
        string[] headings =
        [
            "RMSE", "MAE", "Coverage", $"Precision@{k}", $"Recall@{k}", $"nDCG@{k}", $"MAP@{k}", "MRR",
            "Catalog", "Top 1%", "Fit s", "Eval s",
        ];
        foreach (string heading in headings)
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        CultureInfo invariant = CultureInfo.InvariantCulture;
        foreach (ModelEvaluation result in results)
        {
            table.AddRow(
                result.Model,
                result.Rmse?.ToString("F4", invariant) ?? "-",
                result.Mae?.ToString("F4", invariant) ?? "-",
                result.Coverage.ToString("P1", invariant),
                result.PrecisionAtK.ToString("F4", invariant),
                result.RecallAtK.ToString("F4", invariant),
                result.NdcgAtK.ToString("F4", invariant),
                result.MapAtK.ToString("F4", invariant),
                result.Mrr.ToString("F4", invariant),
                result.CatalogCoverage.ToString("P1", invariant),
                result.PopularShare.ToString("P1", invariant),
                result.FitSeconds.ToString("F2", invariant),
                result.EvaluateSeconds.ToString("F2", invariant));
        }

        return table;
    }
}
