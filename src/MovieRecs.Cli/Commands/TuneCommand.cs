using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Tuning;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// `movierecs tune`: searches a model's hyperparameters on a validation split of a split's training
/// part, then scores the best setting once on the test part.
/// </summary>
internal static class TuneCommand
{
    private const int DefaultCurveLength = 20;

    private static readonly Dictionary<string, TuningMetric> Metrics = new(StringComparer.Ordinal)
    {
        ["rmse"] = TuningMetric.Rmse,
        ["mae"] = TuningMetric.Mae,
        ["ndcg"] = TuningMetric.Ndcg,
        ["precision"] = TuningMetric.Precision,
    };

    public static Command Create()
    {
        Option<string?> data = CommonOptions.CreateDataOption();
        var model = new Option<string>("--model", "-m")
        {
            Description = $"The model to tune: {string.Join(", ", ModelParameters.TunableModels())}.",
            Required = true,
            HelpName = "NAME",
        };
        var search = new Option<string>("--search")
        {
            Description = "'grid' tries every combination of the listed values; 'random' draws --trials settings.",
            DefaultValueFactory = _ => "grid",
        };
        search.AcceptOnlyFromAmong("grid", "random");
        var parameters = new Option<string[]>("--param")
        {
            Description = "A parameter and its values: name=v1,v2,... or, for random search, name=lo..hi or " +
                "name=lo..hi:log; repeat for several. Default: the model's own search space.",
            HelpName = "NAME=VALUES",
        };
        var trials = new Option<int>("--trials")
        {
            Description = "The number of random-search draws.",
            DefaultValueFactory = _ => 20,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of the random search.",
            DefaultValueFactory = _ => 42,
        };
        var metric = new Option<string>("--metric")
        {
            Description = "The validation metric to optimize: rmse or mae (lower is better), " +
                "ndcg or precision at -k (higher is better).",
            DefaultValueFactory = _ => "rmse",
        };
        metric.AcceptOnlyFromAmong([.. Metrics.Keys]);
        var splitOptions = new SplitOptions("--split-seed", allowKFold: false);
        var k = new Option<int>("-k")
        {
            Description = "The top-N list length of the ranking metrics.",
            DefaultValueFactory = _ => 10,
        };
        var json = new Option<FileInfo>("--json")
        {
            Description = "Write the search space, every trial, the best one and the test score to FILE.",
            HelpName = "FILE",
            Required = true,
        };
        var csv = new Option<FileInfo?>("--csv")
        {
            Description = "Also write one CSV row per trial and one for the test score to FILE.",
            HelpName = "FILE",
        };

        var command = new Command(
            "tune",
            "Search a model's hyperparameters on a validation split carved out of the training part, " +
            "then refit the best setting on the training part and score it once on the test part.")
        {
            data, model, search, parameters, trials, seed, metric,
        };
        splitOptions.AddTo(command);
        command.Options.Add(k);
        command.Options.Add(json);
        command.Options.Add(csv);
        CommonOptions.AddRangeValidator(trials, 1, int.MaxValue, "a positive integer");
        CommonOptions.AddRangeValidator(k, 1, int.MaxValue, "a positive integer");
        command.Validators.Add(result => ValidateSpace(result, model, search, parameters, trials));

        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            CommonOptions.EnsureWritableFile(parseResult.GetValue(json), "--json");
            CommonOptions.EnsureWritableFile(parseResult.GetValue(csv), "--csv");
            MovieLensDataset dataset = await CommonOptions
                .LoadDatasetAsync(parseResult.GetValue(data), cancellationToken)
                .ConfigureAwait(false);
            IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            SplitChoice choice = splitOptions.Read(parseResult);
            TrainTestSplit split = SplitOptions.ChooseSplits(dataset, choice, console)[0];
            int listLength = parseResult.GetValue(k);
            var options = new TuningOptions
            {
                Model = parseResult.GetValue(model)!,
                Search = ParseSearch(parseResult.GetValue(search)),
                Space = ParseSpace(parseResult.GetValue(parameters) ?? []),
                Trials = parseResult.GetValue(trials),
                Seed = parseResult.GetValue(seed),
                Metric = Metrics[parseResult.GetValue(metric)!],
                Evaluation = new EvaluationOptions { K = listLength, MaxK = Math.Max(listLength, DefaultCurveLength) },
                ValidationSplit = SplitOptions.ValidationSplit(choice),
            };

            TuningReport report = Run(split, dataset.Movies, options, console, cancellationToken);
            TuningReportWriter.WriteSummary(console, report);
            FileInfo jsonFile = parseResult.GetValue(json)!;
            object document = TuningReportWriter.ToJsonDocument(report, DateTimeOffset.UtcNow);
            await CommonOptions.WriteJsonAsync(jsonFile, document, cancellationToken).ConfigureAwait(false);
            console.WriteLine($"Wrote {jsonFile.FullName}.");
            if (parseResult.GetValue(csv) is FileInfo csvFile)
            {
                await CommonOptions
                    .WriteTextAsync(csvFile, TuningReportWriter.ToCsv(report), cancellationToken)
                    .ConfigureAwait(false);
                console.WriteLine($"Wrote {csvFile.FullName}.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static TuningReport Run(
        TrainTestSplit split,
        IReadOnlyList<Movie> movies,
        TuningOptions options,
        IAnsiConsole console,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<SearchDimension> space =
            ModelParameters.ResolveSpace(options.Model, options.Space, options.Search);
        TrainTestSplit validation = options.ValidationSplit(split.Train);
        string direction = TrialMetrics.IsLowerBetter(options.Metric) ? "lower is better" : "higher is better";
        console.WriteLine(
            $"Split {split.Name}: {split.Train.Count:N0} training and {split.Test.Count:N0} test ratings. "
            + "The search reads only the training ratings.");
        console.WriteLine(
            $"Validation split {validation.Name}, carved out of the training ratings: "
            + $"{validation.Train.Count:N0} training and {validation.Test.Count:N0} held-out ratings.");
        console.WriteLine(
            $"{options.Search} search of {options.Model} over {string.Join("; ", space)}; "
            + $"metric {Name(options.Metric)} ({direction}).");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        return new HyperparameterSearch().SearchAndTest(
            split,
            movies,
            options with { Space = space },
            (trial, count) => console.WriteLine(
                TuningReportWriter.ProgressLine(trial, count, options.Metric, clock.Elapsed)),
            cancellationToken);
    }

    private static void ValidateSpace(
        CommandResult result,
        Option<string> model,
        Option<string> search,
        Option<string[]> parameters,
        Option<int> trials)
    {
        if (!CommonOptions.HaveValidValues(result, model, search, parameters, trials))
        {
            return;
        }

        string? name = result.GetValue(model);
        if (name is null)
        {
            return;
        }

        if (!RecommenderCatalog.Contains(name))
        {
            string tunable = string.Join(", ", ModelParameters.TunableModels());
            result.AddError($"Unknown model '{name}'. Models with parameters: {tunable}.");
            return;
        }

        SearchStrategy strategy = ParseSearch(result.GetValue(search));
        if (strategy == SearchStrategy.Grid && result.GetResult(trials) is { Implicit: false })
        {
            result.AddError(
                "--trials applies to --search random; grid search runs every combination of the listed values.");
        }

        try
        {
            ModelParameters.ResolveSpace(name, ParseSpace(result.GetValue(parameters) ?? []), strategy);
        }
        catch (ArgumentException exception)
        {
            result.AddError(exception.Message);
        }
    }

    private static SearchStrategy ParseSearch(string? text) =>
        text == "random" ? SearchStrategy.Random : SearchStrategy.Grid;

    /// <exception cref="ArgumentException">A --param value is not NAME=VALUES or its values are invalid.</exception>
    private static SearchDimension[] ParseSpace(string[] parameters) => parameters.Select(parameter =>
    {
        int equals = parameter.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException(
                $"--param '{parameter}' is not NAME=VALUES; "
                + "write it as factors=50,100 or learningRate=0.001..0.1:log.");
        }

        string name = parameter[..equals].Trim();
        try
        {
            return new SearchDimension(name, ParameterDomain.Parse(parameter[(equals + 1)..]));
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"--param {name}: {exception.Message}", exception);
        }
    }).ToArray();

    internal static string Name(TuningMetric metric) => metric.ToString().ToLower(CultureInfo.InvariantCulture);
}
