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
    private const string TemporalSplit = "temporal";
    private const string RandomSplit = "random";
    private const int DefaultCurveLength = 20;

    public static Command Create()
    {
        Option<string?> data = CommonOptions.CreateDataOption();
        Option<FileInfo?> json = CommonOptions.CreateJsonOption("Also write one JSON object per model to FILE.");
        var models = new Option<string[]>("--model", "-m")
        {
            Description = $"A model to evaluate; repeat for several. Default: all ({string.Join(", ", RecommenderCatalog.Names)}).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "NAME",
        };
        var split = new Option<string>("--split")
        {
            Description = "How to split the ratings: 'temporal' holds out each user's latest fifth, " +
                "'random' a seeded random share of all ratings.",
            DefaultValueFactory = _ => TemporalSplit,
        };
        split.AcceptOnlyFromAmong(TemporalSplit, RandomSplit);
        var testFraction = new Option<double>("--test-fraction")
        {
            Description = "The share of ratings the random split holds out, strictly between 0 and 1.",
            DefaultValueFactory = _ => 0.2,
        };
        var seed = new Option<int>("--seed") { Description = "The seed of the random split.", DefaultValueFactory = _ => 42 };
        var train = new Option<FileInfo?>("--train")
        {
            Description = "A training ratings CSV (ratings.csv columns); needs --test, replaces --split.",
            HelpName = "FILE",
        };
        var test = new Option<FileInfo?>("--test") { Description = "The test ratings CSV that goes with --train.", HelpName = "FILE" };
        var k = new Option<int>("-k")
        {
            Description = "The top-N list length for Precision@k and Recall@k.",
            DefaultValueFactory = _ => 10,
        };

        var command = new Command("evaluate", "Fit each model on the training part of a split and score it on the test part.")
        {
            data, models, split, testFraction, seed, train, test, k, json,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(train) is null) != (result.GetResult(test) is null))
            {
                result.AddError("--train and --test go together: give both files or neither.");
            }
        });
        CommonOptions.AddRangeValidator(k, 1, int.MaxValue, "a positive integer");
        testFraction.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0
                || !double.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                return;
            }

            if (value is <= 0 or >= 1)
            {
                result.AddError($"--test-fraction must be strictly between 0 and 1; got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
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
            TrainTestSplit chosen = ChooseSplit(
                dataset,
                parseResult.GetValue(split)!,
                parseResult.GetValue(testFraction),
                parseResult.GetValue(seed),
                parseResult.GetValue(train),
                parseResult.GetValue(test));
            string[] names = parseResult.GetValue(models) is { Length: > 0 } given ? given : [.. RecommenderCatalog.Names];
            int listLength = parseResult.GetValue(k);
            var options = new EvaluationOptions { K = listLength, MaxK = Math.Max(listLength, DefaultCurveLength) };

            IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            console.WriteLine(
                $"Split {chosen.Name}: {chosen.Train.Count:N0} training and {chosen.Test.Count:N0} test ratings; k = {options.K}.");
            var results = new List<ModelEvaluation>();
            foreach (string name in names)
            {
                results.Add(new Evaluator().Evaluate(RecommenderCatalog.Create(name), chosen, dataset.Movies, options, cancellationToken));
            }

            console.Write(ResultTable(results, options.K));
            if (parseResult.GetValue(json) is FileInfo file)
            {
                await CommonOptions.WriteJsonAsync(file, results, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static TrainTestSplit ChooseSplit(
        MovieLensDataset dataset,
        string split,
        double testFraction,
        int seed,
        FileInfo? train,
        FileInfo? test)
    {
        if (train is not null && test is not null)
        {
            return DataSplitter.External(
                MovieLensLoader.LoadRatingsFile(train.FullName, dataset).Ratings,
                MovieLensLoader.LoadRatingsFile(test.FullName, dataset).Ratings);
        }

        return split == RandomSplit
            ? DataSplitter.RandomHoldout(dataset.Ratings, testFraction, seed)
            : DataSplitter.TemporalHoldout(dataset.Ratings);
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
