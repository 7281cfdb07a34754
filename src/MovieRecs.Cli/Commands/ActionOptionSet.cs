using System.CommandLine;
using System.Globalization;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Analytics.Actions;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// The options of the `actions` subcommands: the stock plan's, which every subcommand takes, and the
/// promotions' and the loyalty list's, which the later subcommands add.
/// </summary>
internal sealed class ActionOptionSet
{
    private const string LogisticModel = "logistic";
    private const string FastTreeModel = "fasttree";

    private ActionOptionSet()
    {
        var stock = new StockPlanOptions();
        var promotions = new PromotionOptions();
        var loyalty = new LoyaltyOptions();
        PeriodWeeks = new Option<int>("--period-weeks")
        {
            Description = "The weeks the stock plan covers, 1 to 26; also the backtest horizon behind the " +
                "safety stock.",
            DefaultValueFactory = _ => stock.PeriodWeeks,
            HelpName = "WEEKS",
        };
        CommonOptions.AddRangeValidator(PeriodWeeks, 1, 26, "between 1 and 26");
        ServiceLevel = new Option<double>("--service-level")
        {
            Description = "The cycle service level of the safety stock, between 0.5 and 0.999.",
            DefaultValueFactory = _ => stock.ServiceLevel,
            HelpName = "LEVEL",
        };
        CommonOptions.AddRangeValidator(ServiceLevel, 0.5, 0.999, "between 0.5 and 0.999");
        Top = new Option<int>("--top")
        {
            Description = "The number of products planned, those with the most units in the window, 1 to 2000.",
            DefaultValueFactory = _ => stock.Top,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(Top, 1, 2000, "between 1 and 2000");
        WindowWeeks = new Option<int>("--window-weeks")
        {
            Description = "The maximum number of complete weeks of history, counted back from the last complete week.",
            DefaultValueFactory = _ => stock.WindowWeeks,
            HelpName = "WEEKS",
        };
        CommonOptions.AddRangeValidator(WindowWeeks, 2, 10_000, "between 2 and 10000");
        Stock = new Option<FileInfo?>("--stock")
        {
            Description = "The current stock: a CSV with the columns product_id,on_hand. With it the plan gets order " +
                "quantities, and only products with stock above 0 are promoted.",
            HelpName = "FILE",
        };
        Origins = new Option<int>("--origins")
        {
            Description = "The maximum number of backtest origins whose period errors give the safety stock, 2 to 520.",
            DefaultValueFactory = _ => stock.Origins,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(Origins, 2, 520, "between 2 and 520");
        OriginStep = new Option<int>("--origin-step")
        {
            Description = "The weeks between backtest origins; below --period-weeks the backtest periods overlap.",
            DefaultValueFactory = _ => stock.OriginStep,
            HelpName = "WEEKS",
        };
        CommonOptions.AddRangeValidator(OriginStep, 1, 52, "between 1 and 52");
        CorrectBias = new Option<bool>("--correct-bias")
        {
            Description = "Add each product's mean backtest period error to its forecast, for a demand model that " +
                "forecasts too low or too high on average.",
        };
        Model = new Option<string>("--model")
        {
            Description = "The recommender behind the customers' promotions, such as " +
                $"{RecommenderCatalog.DefaultModel} (the default).",
            DefaultValueFactory = _ => promotions.Model,
        };
        Model.AcceptOnlyFromAmong([.. RecommenderCatalog.Names]);
        ModelParameters = new Option<string[]>("--model-param")
        {
            Description = "Set one parameter of the recommender by the name `tune` uses, such as " +
                "regularization=5 for wals on a small log; repeat for several.",
            HelpName = "NAME=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        Count = new Option<int>("--count")
        {
            Description = "The products promoted to each customer and to each segment, 1 to 50.",
            DefaultValueFactory = _ => promotions.Count,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(Count, 1, 50, "between 1 and 50");
        MinSegmentBuyers = new Option<int>("--min-segment-buyers")
        {
            Description = "The customers of a segment who must have bought a product for it to be promoted " +
                "to the segment.",
            DefaultValueFactory = _ => promotions.MinSegmentBuyers,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(MinSegmentBuyers, 1, 1000, "between 1 and 1000");
        Threshold = new Option<double>("--threshold")
        {
            Description = "A customer is at risk below this probability of buying again within the horizon, 0 to 1.",
            DefaultValueFactory = _ => loyalty.ProbabilityThreshold,
            HelpName = "P",
        };
        CommonOptions.AddRangeValidator(Threshold, 0, 1, "between 0 and 1");
        ValueQuantile = new Option<double>("--value-quantile")
        {
            Description = "The quantile of monetary value a customer at risk must reach, 0 to 1 (0.75: the " +
                "top quartile).",
            DefaultValueFactory = _ => loyalty.ValueQuantile,
            HelpName = "Q",
        };
        CommonOptions.AddRangeValidator(ValueQuantile, 0, 1, "between 0 and 1");
        MaxRecencyDays = new Option<int>("--max-recency-days")
        {
            Description = "Score only customers who bought within this many days of the end of the data; " +
                "longer-silent customers count as lost, not at risk. 0 scores every customer.",
            DefaultValueFactory = _ => (int)loyalty.Repeat.MaxRecency!.Value.TotalDays,
            HelpName = "DAYS",
        };
        CommonOptions.AddRangeValidator(MaxRecencyDays, 0, 36_500, "between 0 and 36500");
        HorizonDays = new Option<int>("--horizon-days")
        {
            Description = "The days after the end of the data in which a purchase counts as buying again.",
            DefaultValueFactory = _ => (int)loyalty.Repeat.Horizon.TotalDays,
            HelpName = "DAYS",
        };
        CommonOptions.AddRangeValidator(HorizonDays, 1, 3650, "between 1 and 3650");
        RepeatModel = new Option<string>("--repeat-model")
        {
            Description = "The repeat-purchase classifier: 'logistic' or 'fasttree'.",
            DefaultValueFactory = _ => LogisticModel,
        };
        RepeatModel.AcceptOnlyFromAmong(LogisticModel, FastTreeModel);
        Show = new Option<int>("--show")
        {
            Description = "The customers printed; --csv and --json contain all of them.",
            DefaultValueFactory = _ => 10,
            HelpName = "N",
        };
        CommonOptions.AddRangeValidator(Show, 0, 100_000, "between 0 and 100000");
    }

    public Option<int> PeriodWeeks { get; }

    public Option<double> ServiceLevel { get; }

    public Option<int> Top { get; }

    public Option<int> WindowWeeks { get; }

    public Option<FileInfo?> Stock { get; }

    public Option<int> Origins { get; }

    public Option<int> OriginStep { get; }

    public Option<bool> CorrectBias { get; }

    public Option<string> Model { get; }

    public Option<string[]> ModelParameters { get; }

    public Option<int> Count { get; }

    public Option<int> MinSegmentBuyers { get; }

    public Option<double> Threshold { get; }

    public Option<double> ValueQuantile { get; }

    public Option<int> MaxRecencyDays { get; }

    public Option<int> HorizonDays { get; }

    public Option<string> RepeatModel { get; }

    public Option<int> Show { get; }

    /// <summary>The stock plan's options, which every subcommand takes.</summary>
    public IEnumerable<Option> StockOptions =>
        [PeriodWeeks, ServiceLevel, Top, WindowWeeks, Origins, OriginStep, CorrectBias, Stock];

    /// <summary>The promotions' options.</summary>
    public IEnumerable<Option> PromotionOptions => [Model, ModelParameters, Count, MinSegmentBuyers];

    /// <summary>The loyalty list's options.</summary>
    public IEnumerable<Option> LoyaltyOptions => [Threshold, ValueQuantile, MaxRecencyDays, HorizonDays, RepeatModel];

    public static ActionOptionSet Create() => new();

    public StockPlanOptions ReadStock(ParseResult parseResult) => new()
    {
        PeriodWeeks = parseResult.GetValue(PeriodWeeks),
        ServiceLevel = parseResult.GetValue(ServiceLevel),
        Top = parseResult.GetValue(Top),
        WindowWeeks = parseResult.GetValue(WindowWeeks),
        Origins = parseResult.GetValue(Origins),
        OriginStep = parseResult.GetValue(OriginStep),
        CorrectBias = parseResult.GetValue(CorrectBias),
    };

    public PromotionOptions ReadPromotions(ParseResult parseResult, bool isMovieLens) => new()
    {
        Model = parseResult.GetValue(Model)!,
        Parameters = ParseParameters(parseResult.GetValue(ModelParameters) ?? []),
        Count = parseResult.GetValue(Count),
        SegmentCount = parseResult.GetValue(Count),
        MinSegmentBuyers = parseResult.GetValue(MinSegmentBuyers),
        Interaction = isMovieLens ? InteractionStrength.Amount : InteractionStrength.Units,
        Verb = isMovieLens ? "rated" : "bought",
    };

    public LoyaltyOptions ReadLoyalty(ParseResult parseResult) => new()
    {
        ProbabilityThreshold = parseResult.GetValue(Threshold),
        ValueQuantile = parseResult.GetValue(ValueQuantile),
        Repeat = new RepeatPurchaseOptions
        {
            Horizon = TimeSpan.FromDays(parseResult.GetValue(HorizonDays)),
            MaxRecency = parseResult.GetValue(MaxRecencyDays) is > 0 and int days ? TimeSpan.FromDays(days) : null,
            Model = parseResult.GetValue(RepeatModel) == FastTreeModel
                ? RepeatPurchaseModelKind.FastTree
                : RepeatPurchaseModelKind.Logistic,
        },
    };

    // Parses NAME=VALUE pairs; the recommender checks the names and ranges when it is created.
    private static Dictionary<string, double> ParseParameters(string[] values)
    {
        var parameters = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (string value in values)
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            string text = equals > 0 ? value[(equals + 1)..] : string.Empty;
            bool parsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number);
            if (equals <= 0 || !parsed)
            {
                throw new ArgumentException($"--model-param '{value}' is not NAME=NUMBER, such as regularization=1.");
            }

            parameters[value[..equals].Trim()] = number;
        }

        return parameters;
    }

    /// <summary>Reads the --stock file, or returns null without one.</summary>
    public IReadOnlyDictionary<string, double>? ReadOnHand(ParseResult parseResult) =>
        parseResult.GetValue(Stock) is FileInfo file ? StockLevelReader.Read(file.FullName) : null;
}
