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
    private const string LeaveLastOneOutSplit = "leave-last-one-out";
    private const string TimeCutoffSplit = "time-cutoff";
    private const string KFoldSplit = "kfold";
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
        var split = new Option<string>("--split")
        {
            Description = "How to split the ratings: 'temporal' holds out each user's latest fifth, " +
                "'random' a seeded random share of all ratings, 'leave-last-one-out' each user's latest rating, " +
                "'time-cutoff' the newest share of all ratings, 'kfold' each of --folds seeded random folds in turn.",
            DefaultValueFactory = _ => TemporalSplit,
        };
        split.AcceptOnlyFromAmong(TemporalSplit, RandomSplit, LeaveLastOneOutSplit, TimeCutoffSplit, KFoldSplit);
        var folds = new Option<int>("--folds")
        {
            Description = "The number of folds of the kfold split, at least 2.",
            DefaultValueFactory = _ => 5,
        };
        var testFraction = new Option<double>("--test-fraction")
        {
            Description = "The share of ratings the random and time-cutoff splits hold out, strictly between 0 and 1.",
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
            data, models, split, testFraction, seed, folds, train, test, k, json, csv, markdown,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(train) is null) != (result.GetResult(test) is null))
            {
                result.AddError("--train and --test go together: give both files or neither.");
            }
        });
        CommonOptions.AddRangeValidator(k, 1, int.MaxValue, "a positive integer");
        CommonOptions.AddRangeValidator(folds, 2, int.MaxValue, "at least 2");
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
            var choice = new SplitChoice(
                parseResult.GetValue(split)!,
                parseResult.GetValue(testFraction),
                parseResult.GetValue(seed),
                parseResult.GetValue(folds),
                parseResult.GetValue(train),
                parseResult.GetValue(test));
            IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            IReadOnlyList<TrainTestSplit> splits = ChooseSplits(dataset, choice, console);
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

    private static IReadOnlyList<TrainTestSplit> ChooseSplits(MovieLensDataset dataset, SplitChoice choice, IAnsiConsole console)
    {
        if (choice.Train is not null && choice.Test is not null)
        {
            IReadOnlyList<Rating> train = LoadRatings(choice.Train, dataset, console);
            IReadOnlyList<Rating> test = LoadRatings(choice.Test, dataset, console);
            var trainPairs = train.Select(rating => (rating.UserId, rating.MovieId)).ToHashSet();
            int shared = test.Count(rating => trainPairs.Contains((rating.UserId, rating.MovieId)));
            if (shared > 0)
            {
                // A test rating the model was trained on is excluded from every top-N list, so the scores mislead.
                console.WriteLine(
                    $"warning: {shared:N0} of {test.Count:N0} test ratings are also in {choice.Train.Name}; " +
                    "their (user, movie) pairs should appear in only one of the two files.");
            }

            return [DataSplitter.External(train, test)];
        }

        return choice.Split switch
        {
            RandomSplit => [DataSplitter.RandomHoldout(dataset.Ratings, choice.TestFraction, choice.Seed)],
            LeaveLastOneOutSplit => [DataSplitter.LeaveLastOneOut(dataset.Ratings)],
            TimeCutoffSplit => [DataSplitter.GlobalTimeCutoffByFraction(dataset.Ratings, 1 - choice.TestFraction)],
            KFoldSplit => DataSplitter.KFold(dataset.Ratings, choice.Folds, choice.Seed),
            _ => [DataSplitter.TemporalHoldout(dataset.Ratings)],
        };
    }

    private static IReadOnlyList<Rating> LoadRatings(FileInfo file, MovieLensDataset dataset, IAnsiConsole console)
    {
        RatingsLoadResult loaded = MovieLensLoader.LoadRatingsFile(file.FullName, dataset);
        FileLoadReport report = loaded.Report;
        console.WriteLine($"{file.Name}: {report.RowsRead:N0} rows read, {report.RowsKept:N0} kept, {report.RowsSkipped:N0} skipped.");
        foreach (LoadIssue issue in loaded.Issues.Take(10))
        {
            console.WriteLine($"  {issue.File}:{issue.Line} {issue.Kind}: {issue.Message}");
        }

        return loaded.Ratings;
    }

    private sealed record SplitChoice(string Split, double TestFraction, int Seed, int Folds, FileInfo? Train, FileInfo? Test);

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
