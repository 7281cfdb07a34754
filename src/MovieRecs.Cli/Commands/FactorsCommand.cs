using System.CommandLine;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs factors`: what drives buying again, ratings and category choice per segment.</summary>
internal static class FactorsCommand
{
    private const string LogisticModel = "logistic";
    private const string FastTreeModel = "fasttree";

    public static Command Create()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: true);
        var defaults = new FactorOptions();
        var cutoff = new Option<DateOnly?>("--cutoff")
        {
            Description = "The repeat-purchase test cutoff as YYYY-MM-DD (midnight UTC), where the permutation " +
                "importance is measured. Default: the latest date whose whole horizon lies inside the data.",
            HelpName = "DATE",
            CustomParser = ForecastCommand.ParseDate,
        };
        var horizonDays = new Option<int>("--horizon-days")
        {
            Description = "The days after a cutoff in which a purchase counts as buying again.",
            DefaultValueFactory = _ => (int)defaults.Repeat.Horizon.TotalDays,
            HelpName = "DAYS",
        };
        CommonOptions.AddRangeValidator(horizonDays, 1, 3650, "between 1 and 3650");
        var maxRecencyDays = new Option<int?>("--max-recency-days")
        {
            Description = "Train and test the repeat model only on customers whose last purchase lies at most " +
                "this many days before the cutoff. Default: every customer.",
            HelpName = "DAYS",
        };
        maxRecencyDays.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is int value && value < 1)
            {
                result.AddError($"--max-recency-days must be at least 1; got {value}.");
            }
        });
        var model = new Option<string>("--model")
        {
            Description = "The repeat model whose permutation importance is measured: 'logistic' or 'fasttree'.",
            DefaultValueFactory = _ => LogisticModel,
        };
        model.AcceptOnlyFromAmong(LogisticModel, FastTreeModel);
        var repeats = new Option<int>("--repeats")
        {
            Description = "The seeded shuffles per feature of the permutation importance, 1 to 1000.",
            DefaultValueFactory = _ => defaults.PermutationRepeats,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(repeats, 1, 1000, "between 1 and 1000");
        var bootstrap = new Option<int>("--bootstrap")
        {
            Description = "The bootstrap resamples over customers behind the coefficient and lift intervals, 0 " +
                "to 10000; 0 leaves those intervals out.",
            DefaultValueFactory = _ => defaults.BootstrapSamples,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(bootstrap, 0, 10_000, "between 0 and 10000");
        var testShare = new Option<double>("--test-share")
        {
            Description = "The share of purchases, the latest, that tests the rating model, between 0.05 and 0.5.",
            DefaultValueFactory = _ => defaults.TestShare,
            HelpName = "SHARE",
        };
        CommonOptions.AddRangeValidator(testShare, 0.05, 0.5, "between 0.05 and 0.5");
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of the shuffles and the bootstrap; the same seed and data give the same output.",
            DefaultValueFactory = _ => defaults.Seed,
        };
        Option<FileInfo?> json = CommonOptions.CreateJsonOption(
            "Also write every factor with its effect size and interval, the fit statistics and the lifts to FILE " +
            "as JSON.");
        var csv = new Option<FileInfo?>("--csv")
        {
            Description = "Also write every estimate with its interval to FILE as CSV, one row per factor and method.",
            HelpName = "FILE",
        };

        var command = new Command(
            "factors",
            "Measure what drives buying again (logistic coefficients with Wald and bootstrap intervals, " +
            "permutation importance), what drives the amount or rating (least squares on a time split) and which " +
            "categories each segment over-buys (lift).")
        {
            cutoff, horizonDays, maxRecencyDays, model, repeats, bootstrap, testShare, seed, json, csv,
        };
        foreach (Option option in source.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            FileInfo? jsonFile = parseResult.GetValue(json);
            FileInfo? csvFile = parseResult.GetValue(csv);
            CommonOptions.EnsureWritableFile(jsonFile, "--json");
            CommonOptions.EnsureWritableFile(csvFile, "--csv");
            LoadedPurchases loaded = await source.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            int seedValue = parseResult.GetValue(seed);
            var options = new FactorOptions
            {
                Cutoff = parseResult.GetValue(cutoff) is DateOnly date
                    ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : null,
                Repeat = new RepeatPurchaseOptions
                {
                    Horizon = TimeSpan.FromDays(parseResult.GetValue(horizonDays)),
                    MaxRecency = parseResult.GetValue(maxRecencyDays) is int days ? TimeSpan.FromDays(days) : null,
                    Model = parseResult.GetValue(model) == FastTreeModel
                        ? RepeatPurchaseModelKind.FastTree
                        : RepeatPurchaseModelKind.Logistic,
                },
                PermutationRepeats = parseResult.GetValue(repeats),
                BootstrapSamples = parseResult.GetValue(bootstrap),
                TestShare = parseResult.GetValue(testShare),
                Seed = seedValue,
                Segmentation = new() { CustomerNoun = loaded.IsMovieLens ? "fans" : "buyers" },
            };

            FactorReport report = FactorAnalyzer.Run(loaded.Log, options, cancellationToken);
            FactorReportPrinter.Print(CommonOptions.CreateConsole(parseResult), loaded.Source, report);
            if (jsonFile is not null)
            {
                await CommonOptions.WriteJsonAsync(jsonFile, report, cancellationToken).ConfigureAwait(false);
            }

            if (csvFile is not null)
            {
                await CommonOptions.WriteTextAsync(csvFile, FactorReportPrinter.ToCsv(report), cancellationToken)
                    .ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
