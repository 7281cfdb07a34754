using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Cli.Commands;

internal static partial class ForecastCommand
{
    private const string LogisticModel = "logistic";
    private const string FastTreeModel = "fasttree";

    private static Command CreateRepeat()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: true);
        var defaults = new RepeatPurchaseOptions();
        var cutoff = new Option<DateOnly?>("--cutoff")
        {
            Description = "The test cutoff as YYYY-MM-DD (midnight UTC). Default: the latest date whose whole horizon " +
                "lies inside the data, so the predictions can be scored.",
            HelpName = "DATE",
            CustomParser = ParseDate,
        };
        var horizonDays = new Option<int>("--horizon-days")
        {
            Description = "The days after a cutoff in which a purchase counts as buying again.",
            DefaultValueFactory = _ => (int)defaults.Horizon.TotalDays,
            HelpName = "DAYS",
        };
        CommonOptions.AddRangeValidator(horizonDays, 1, 3650, "between 1 and 3650");
        var trainingCutoffs = new Option<int>("--training-cutoffs")
        {
            Description = "The number of earlier cutoffs whose labelled customers train the model.",
            DefaultValueFactory = _ => defaults.TrainingCutoffs,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(trainingCutoffs, 1, 1000, "between 1 and 1000");
        var cutoffStepDays = new Option<int?>("--cutoff-step-days")
        {
            Description = "The days between training cutoffs. Default: the horizon, so training label windows do not overlap.",
            HelpName = "DAYS",
        };
        cutoffStepDays.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is int value && value < 1)
            {
                result.AddError($"--cutoff-step-days must be at least 1; got {value}.");
            }
        });
        var maxRecencyDays = new Option<int?>("--max-recency-days")
        {
            Description = "Train on and score only customers whose last purchase lies at most this many days before " +
                "the cutoff. Default: every customer with a purchase before the cutoff.",
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
            Description = "The classifier: 'logistic' (L-BFGS logistic regression) or 'fasttree' (boosted trees with " +
                "Platt calibration).",
            DefaultValueFactory = _ => LogisticModel,
        };
        model.AcceptOnlyFromAmong(LogisticModel, FastTreeModel);
        Option<FileInfo?> json = CommonOptions.CreateJsonOption(
            "Also write the metrics, calibration tables, weights and every customer's probability to FILE as JSON.");
        var csv = new Option<FileInfo?>("--csv")
        {
            Description = "Also write every customer's probability to FILE as CSV, highest risk (lowest probability) first.",
            HelpName = "FILE",
        };

        var command = new Command(
            "repeat",
            "Predict the probability that each customer buys again within the horizon after a cutoff, trained on " +
            "earlier cutoffs only, and score it against a recency-only baseline.")
        {
            cutoff, horizonDays, trainingCutoffs, cutoffStepDays, maxRecencyDays, model, json, csv,
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
            var options = new RepeatPurchaseOptions
            {
                Horizon = TimeSpan.FromDays(parseResult.GetValue(horizonDays)),
                TrainingCutoffs = parseResult.GetValue(trainingCutoffs),
                CutoffStep = parseResult.GetValue(cutoffStepDays) is int stepDays ? TimeSpan.FromDays(stepDays) : null,
                MaxRecency = parseResult.GetValue(maxRecencyDays) is int maxDays ? TimeSpan.FromDays(maxDays) : null,
                Model = parseResult.GetValue(model) == FastTreeModel ? RepeatPurchaseModelKind.FastTree : RepeatPurchaseModelKind.Logistic,
            };
            DateTimeOffset? testCutoff = parseResult.GetValue(cutoff) is DateOnly date
                ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : null;

            PurchaseLog log = (await source.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false)).Log;
            RepeatPurchaseReport report = RepeatPurchaseForecaster.Run(log, testCutoff, options, cancellationToken);
            RepeatReportPrinter.Print(CommonOptions.CreateConsole(parseResult), report);
            if (jsonFile is not null)
            {
                await CommonOptions.WriteJsonAsync(jsonFile, report, cancellationToken).ConfigureAwait(false);
            }

            if (csvFile is not null)
            {
                await CommonOptions.WriteTextAsync(csvFile, RepeatReportPrinter.ToCsv(report), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Parses a --cutoff value as YYYY-MM-DD, adding a parse error for anything else.</summary>
    internal static DateOnly? ParseDate(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        string token = result.Tokens[^1].Value;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        result.AddError($"--cutoff must be a date as YYYY-MM-DD, such as 2018-08-01; got '{token}'.");
        return null;
    }
}
