using System.CommandLine;
using MovieRecs.Analytics.Actions;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs actions`: the stock plan, the promotions and the customers at risk.</summary>
internal static class ActionsCommand
{
    public static Command Create() => new(
        "actions",
        "Turn the forecasts and recommendations into business actions: a stock plan, in-stock promotions and a list " +
        "of valuable customers at risk.")
    {
        CreateStock(),
        CreatePromotions(),
        CreateLoyalty(),
    };

    private static Command CreateStock()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: true);
        ActionOptionSet options = ActionOptionSet.Create();
        (Option<FileInfo?> json, Option<FileInfo?> csv) = Outputs(
            "the stock plan with every product's errors and order quantity",
            "one row per product: forecast, error, safety stock, target, on hand and order quantity");
        var command = new Command(
            "stock",
            "Plan each top product's stock for the next period: the demand forecast plus z(service level) times the " +
            "standard deviation of the backtest's period errors, and the order quantity given the current stock.");
        AddAll(command, source.All, options.StockOptions, [json, csv]);
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            (FileInfo? jsonFile, FileInfo? csvFile) = CheckOutputs(parseResult, json, csv);
            IReadOnlyDictionary<string, double>? onHand = options.ReadOnHand(parseResult);
            LoadedPurchases loaded = await source.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            StockPlan plan = StockPlanner.Plan(loaded.Log, options.ReadStock(parseResult), onHand, cancellationToken);

            ActionReportPrinter.PrintStock(CommonOptions.CreateConsole(parseResult), plan, int.MaxValue);
            await WriteAsync(jsonFile, plan, csvFile, ActionReportPrinter.StockCsv(plan), cancellationToken)
                .ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreatePromotions()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: true);
        ActionOptionSet options = ActionOptionSet.Create();
        var customer = new Option<string?>("--customer")
        {
            Description = "List only this customer's promotions (printed and in --json and --csv), as the " +
                "customer id is spelled in the data.",
            HelpName = "ID",
        };
        (Option<FileInfo?> json, Option<FileInfo?> csv) = Outputs(
            "every customer's and segment's promotions",
            "one row per promoted product: scope (customer or segment), id, segment, rank, product, score and reason");
        var command = new Command(
            "promotions",
            "Promote to each customer the recommender's best in-stock products they have not bought, with the " +
            "reason, and to each segment the in-stock products most over-represented in its purchases.");
        AddAll(
            command,
            source.All,
            options.StockOptions,
            options.PromotionOptions,
            [customer, options.Show, json, csv]);
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            (FileInfo? jsonFile, FileInfo? csvFile) = CheckOutputs(parseResult, json, csv);
            IReadOnlyDictionary<string, double>? onHand = options.ReadOnHand(parseResult);
            LoadedPurchases loaded = await source.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            string? customerId = parseResult.GetValue(customer);

            // The check comes before the stock plan and the recommender, which take most of the run.
            if (customerId is not null && loaded.Log.GetPurchases(customerId).Count == 0)
            {
                throw UnknownCustomer(customerId, loaded);
            }

            (StockPlan? plan, PromotionPlanner planner) =
                FitPromotions(loaded, options, parseResult, onHand, cancellationToken);
            Spectre.Console.IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            ActionReportPrinter.PrintInStock(console, plan, planner, onHand is not null);

            if (customerId is not null)
            {
                CustomerPromotions promotions = planner.ForCustomer(customerId) ?? throw UnknownCustomer(customerId, loaded);
                ActionReportPrinter.PrintCustomer(console, promotions);
                string oneCsv = ActionReportPrinter.PromotionsCsv([promotions], []);
                await WriteAsync(jsonFile, promotions, csvFile, oneCsv, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            PromotionReport report = planner.Plan(Segment(loaded), cancellationToken);
            ActionReportPrinter.PrintPromotions(console, report, parseResult.GetValue(options.Show));
            string allCsv = ActionReportPrinter.PromotionsCsv(report.Customers, report.Segments);
            await WriteAsync(jsonFile, report, csvFile, allCsv, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static ArgumentException UnknownCustomer(string customerId, LoadedPurchases loaded) =>
        new($"Customer '{customerId}' has no purchase in {loaded.Source}; give a customer id as the data spells it.");

    private static Command CreateLoyalty()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: true);
        ActionOptionSet options = ActionOptionSet.Create();
        (Option<FileInfo?> json, Option<FileInfo?> csv) = Outputs(
            "every customer at risk with the value at stake and the action",
            "one row per customer at risk, highest expected value lost first");
        var command = new Command(
            "loyalty",
            "List valuable customers at risk (a low repeat-purchase probability and a monetary value in the top " +
            "quantile), sorted by expected value lost, each with a re-engagement action.");
        AddAll(
            command,
            source.All,
            options.StockOptions,
            options.PromotionOptions,
            options.LoyaltyOptions,
            [options.Show, json, csv]);
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            (FileInfo? jsonFile, FileInfo? csvFile) = CheckOutputs(parseResult, json, csv);
            IReadOnlyDictionary<string, double>? onHand = options.ReadOnHand(parseResult);
            LoadedPurchases loaded = await source.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            (StockPlan? plan, PromotionPlanner planner) =
                FitPromotions(loaded, options, parseResult, onHand, cancellationToken);
            LoyaltyReport report = LoyaltyPlanner.FindAtRisk(
                loaded.Log, options.ReadLoyalty(parseResult), planner, Segment(loaded), cancellationToken);

            Spectre.Console.IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            ActionReportPrinter.PrintInStock(console, plan, planner, onHand is not null);
            ActionReportPrinter.PrintLoyalty(console, report, parseResult.GetValue(options.Show));
            await WriteAsync(jsonFile, report, csvFile, ActionReportPrinter.LoyaltyCsv(report), cancellationToken)
                .ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    // Plans the stock unless the current stock is given (which alone decides what is in stock), and
    // fits the recommender on the products in stock.
    private static (StockPlan? Plan, PromotionPlanner Planner) FitPromotions(
        LoadedPurchases loaded,
        ActionOptionSet options,
        ParseResult parseResult,
        IReadOnlyDictionary<string, double>? onHand,
        CancellationToken cancellationToken)
    {
        StockPlan? plan = onHand is null
            ? StockPlanner.Plan(loaded.Log, options.ReadStock(parseResult), null, cancellationToken)
            : null;
        var planner = PromotionPlanner.Fit(
            loaded.Log,
            PromotionPlanner.InStockProducts(plan, onHand),
            options.ReadPromotions(parseResult, loaded.IsMovieLens));
        return (plan, planner);
    }

    private static SegmentationResult Segment(LoadedPurchases loaded) => FactorAnalyzer.SegmentAll(
        loaded.Log,
        new SegmentationOptions { CustomerNoun = loaded.IsMovieLens ? "fans" : "buyers" });

    private static (Option<FileInfo?> Json, Option<FileInfo?> Csv) Outputs(string jsonContent, string csvContent) => (
        CommonOptions.CreateJsonOption($"Also write {jsonContent} to FILE as JSON."),
        new Option<FileInfo?>("--csv") { Description = $"Also write {csvContent} to FILE as CSV.", HelpName = "FILE" });

    private static (FileInfo? Json, FileInfo? Csv) CheckOutputs(
        ParseResult parseResult,
        Option<FileInfo?> json,
        Option<FileInfo?> csv)
    {
        FileInfo? jsonFile = parseResult.GetValue(json);
        FileInfo? csvFile = parseResult.GetValue(csv);
        CommonOptions.EnsureWritableFile(jsonFile, "--json");
        CommonOptions.EnsureWritableFile(csvFile, "--csv");
        return (jsonFile, csvFile);
    }

    private static async Task WriteAsync<T>(
        FileInfo? jsonFile,
        T value,
        FileInfo? csvFile,
        string csv,
        CancellationToken cancellationToken)
    {
        if (jsonFile is not null)
        {
            await CommonOptions.WriteJsonAsync(jsonFile, value, cancellationToken).ConfigureAwait(false);
        }

        if (csvFile is not null)
        {
            await CommonOptions.WriteTextAsync(csvFile, csv, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void AddAll(Command command, params IEnumerable<Option>[] groups)
    {
        foreach (Option option in groups.SelectMany(group => group))
        {
            command.Options.Add(option);
        }
    }
}
