using System.CommandLine;
using System.Globalization;
using MovieRecs.Analytics.Forecasting;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs forecast`: weekly demand forecasts and repeat-purchase probabilities.</summary>
internal static partial class ForecastCommand
{
    public const string AggregateLevel = "aggregate";
    public const string GenreLevel = "genre";
    public const string CategoryLevel = "category";
    public const string ProductLevel = "product";

    public static Command Create() => new(
        "forecast",
        "Forecast weekly demand, and the probability that each customer buys again, from the purchase history.")
    {
        CreateDemand(),
        CreateRepeat(),
    };

    private static Command CreateDemand()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: true);
        var defaults = new DemandForecastOptions();
        var horizon = new Option<int>("--horizon")
        {
            Description = "The number of weeks to forecast, 1 to 52 (4 to 12 is the usual range).",
            DefaultValueFactory = _ => defaults.Backtest.Horizon,
            HelpName = "WEEKS",
        };
        CommonOptions.AddRangeValidator(horizon, 1, 52, "between 1 and 52");
        var level = new Option<string>("--level")
        {
            Description = "The series to forecast besides the aggregate: 'aggregate' (only the aggregate), " +
                "'genre' or 'category' (one per movie genre or product category), 'product' (one per product).",
            DefaultValueFactory = _ => AggregateLevel,
        };
        level.AcceptOnlyFromAmong(AggregateLevel, GenreLevel, CategoryLevel, ProductLevel);
        var top = new Option<int>("--top")
        {
            Description = "The number of genre or product series, those with the most units in the window.",
            DefaultValueFactory = _ => defaults.Top,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(top, 1, 10_000, "between 1 and 10000");
        var windowWeeks = new Option<int>("--window-weeks")
        {
            Description = "The maximum number of complete weeks to use, counted back from the last complete week.",
            DefaultValueFactory = _ => defaults.WindowWeeks,
            HelpName = "WEEKS",
        };
        CommonOptions.AddRangeValidator(windowWeeks, 2, 10_000, "between 2 and 10000");
        var seasonLength = new Option<int?>("--season-length")
        {
            Description = "The season length of the seasonal naive model in weeks, at least 2. Default: 52 when " +
                "every backtest origin has a year of history, else 4.",
            HelpName = "WEEKS",
        };
        seasonLength.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is int value && value < 2)
            {
                result.AddError($"--season-length must be at least 2; got {value}.");
            }
        });
        var origins = new Option<int>("--origins")
        {
            Description = "The maximum number of rolling backtest origins. The last one leaves exactly --horizon weeks after it.",
            DefaultValueFactory = _ => defaults.Backtest.Origins,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(origins, 1, 520, "between 1 and 520");
        var originStep = new Option<int>("--origin-step")
        {
            Description = "The weeks between backtest origins.",
            DefaultValueFactory = _ => defaults.Backtest.OriginStep,
            HelpName = "WEEKS",
        };
        CommonOptions.AddRangeValidator(originStep, 1, 52, "between 1 and 52");
        var intervalLevel = new Option<double>("--interval-level")
        {
            Description = "The coverage of the prediction intervals, strictly between 0 and 1.",
            DefaultValueFactory = _ => defaults.IntervalLevel,
            HelpName = "LEVEL",
        };
        AddFractionValidator(intervalLevel);
        var noCalendar = new Option<bool>("--no-calendar")
        {
            Description = "Leave the target week's week of year and month out of the FastTree model's features.",
        };
        Option<FileInfo?> json = CommonOptions.CreateJsonOption(
            "Also write the backtest metrics of every model and series and the forecasts with intervals to FILE as JSON.");
        var csv = new Option<FileInfo?>("--csv")
        {
            Description = "Also write the forecasts with their intervals to FILE as CSV, one row per series and week.",
            HelpName = "FILE",
        };

        var command = new Command(
            "demand",
            "Backtest naive, seasonal naive, exponential smoothing and a FastTree model on weekly demand by rolling " +
            "origin, choose the model with the lowest MASE on the aggregate series, and forecast with it.")
        {
            horizon, level, top, windowWeeks, seasonLength, origins, originStep, intervalLevel, noCalendar, json, csv,
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
            var options = new DemandForecastOptions
            {
                Level = ParseLevel(parseResult.GetValue(level)!),
                Top = parseResult.GetValue(top),
                WindowWeeks = parseResult.GetValue(windowWeeks),
                SeasonLength = parseResult.GetValue(seasonLength),
                IntervalLevel = parseResult.GetValue(intervalLevel),
                UseCalendarFeatures = !parseResult.GetValue(noCalendar),
                Backtest = new BacktestOptions
                {
                    Horizon = parseResult.GetValue(horizon),
                    Origins = parseResult.GetValue(origins),
                    OriginStep = parseResult.GetValue(originStep),
                },
            };

            PurchaseLog log = (await source.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false)).Log;
            DemandForecastReport report = DemandForecaster.Run(log, options, cancellationToken);
            DemandReportPrinter.Print(CommonOptions.CreateConsole(parseResult), report);
            if (jsonFile is not null)
            {
                await CommonOptions.WriteJsonAsync(jsonFile, report, cancellationToken).ConfigureAwait(false);
            }

            if (csvFile is not null)
            {
                await CommonOptions.WriteTextAsync(csvFile, DemandReportPrinter.ToCsv(report), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static DemandLevel ParseLevel(string level) => level switch
    {
        GenreLevel or CategoryLevel => DemandLevel.Category,
        ProductLevel => DemandLevel.Product,
        _ => DemandLevel.Aggregate,
    };

    // Rejects a value outside (0, 1), naming the option and the value.
    private static void AddFractionValidator(Option<double> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0
                || !double.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                return;
            }

            if (value is <= 0 or >= 1)
            {
                result.AddError(
                    $"{option.Name} must be strictly between 0 and 1; got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
    }
}
