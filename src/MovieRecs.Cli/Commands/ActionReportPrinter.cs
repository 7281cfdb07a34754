using System.Globalization;
using System.Text;
using MovieRecs.Analytics.Actions;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// Prints the stock plan, the promotions and the customers at risk as tables, and formats them as CSV.
/// </summary>
internal static class ActionReportPrinter
{
    // Scores of a recommender whose factors collapsed to about zero; wals scores on MovieLens are 0.01 to 1.
    private const double NearZeroScore = 1e-4;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void PrintStock(IAnsiConsole console, StockPlan plan, int rows)
    {
        string start = plan.PeriodStart.ToString("yyyy-MM-dd", Invariant);
        string level = plan.ServiceLevel.ToString("P1", Invariant);
        string z = plan.Z.ToString("F3", Invariant);
        string bias = plan.BiasCorrected ? ", forecasts corrected by the mean backtest error." : ".";
        console.WriteLine(
            $"Stock plan for the {plan.PeriodWeeks} weeks from {start}: {plan.Lines.Count} products, " +
            $"service level {level} (z = {z}){bias}");
        console.WriteLine(
            $"Demand model: {plan.ChosenModel}, aggregate MASE {Number(plan.AggregateMase)} against naive " +
            $"{Number(plan.NaiveMase)}; safety stock from the period errors of {plan.Origins} backtest origins.");
        var table = new Table().AddColumn("Product").AddColumn("Name");
        string[] headings =
            ["Forecast", "Error mean", "Error sd", "Safety", "Target", "On hand", "Order", "Backtest service"];
        foreach (string heading in headings)
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (StockPlanLine line in plan.Lines.Take(rows))
        {
            table.AddRow(
                Markup.Escape(line.ProductId),
                Markup.Escape(line.Name),
                Units(line.ForecastUnits),
                Units(line.ErrorMean),
                line.ErrorStandardDeviation is double sd ? Units(sd) : "-",
                Units(line.SafetyStock),
                line.TargetStock.ToString("N0", Invariant),
                line.OnHand is double onHand ? Units(onHand) : "-",
                line.OrderQuantity is double order ? order.ToString("N0", Invariant) : "-",
                Percent(line.BacktestServiceLevel));
        }

        console.Write(table);
        console.WriteLine(plan.BacktestChecks > 0
            ? $"Backtest service level: {Percent(plan.BacktestServiceLevel)} of {plan.BacktestChecks} product " +
              "periods were covered by forecast plus a safety stock built from earlier origins only."
            : "Backtest service level: not measured, because each check needs " +
              $"{plan.MinimumCheckOrigins} earlier origins and the backtest has {plan.Origins}. Use more origins " +
              "or a shorter --origin-step.");
        if (plan.UnplannedStock.Count > 0)
        {
            console.WriteLine(
                $"{plan.UnplannedStock.Count} products in the stock file are not planned (outside the top or " +
                "without purchases).");
        }

        console.WriteLine($"Elapsed: {plan.ElapsedSeconds.ToString("F1", Invariant)} s.");
    }

    /// <summary>Formats the stock plan as RFC 4180 CSV, one row per product.</summary>
    public static string StockCsv(StockPlan plan)
    {
        var builder = new StringBuilder(
            "productId,name,forecastUnits,errorMean,errorStandardDeviation,safetyStock,targetStock,onHand," +
            "orderQuantity,backtestServiceLevel\n");
        foreach (StockPlanLine line in plan.Lines)
        {
            builder.AppendLine(string.Join(
                ',',
                CsvText.Quote(line.ProductId),
                CsvText.Quote(line.Name),
                Value(line.ForecastUnits),
                Value(line.ErrorMean),
                Value(line.ErrorStandardDeviation),
                Value(line.SafetyStock),
                Value(line.TargetStock),
                Value(line.OnHand),
                Value(line.OrderQuantity),
                Value(line.BacktestServiceLevel)));
        }

        return builder.ToString();
    }

    public static void PrintInStock(IAnsiConsole console, StockPlan? plan, PromotionPlanner planner, bool fromStockFile)
    {
        string source = fromStockFile
            ? "the --stock file (stock above 0)"
            : $"the stock plan (target above 0 among the top {plan?.Lines.Count ?? 0} products)";
        string count = planner.InStock is { } inStock ? inStock.Count.ToString("N0", Invariant) : "all";
        console.WriteLine($"Products in stock: {count}, from {source}. Recommender: {planner.Model}.");
    }

    public static void PrintPromotions(IAnsiConsole console, PromotionReport report, int customers)
    {
        foreach (SegmentPromotions segment in report.Segments)
        {
            string title = $"Segment {segment.SegmentId}: {segment.SegmentName} ({segment.Customers} customers)";
            var table = new Table { Title = new TableTitle(Markup.Escape(title)) }
                .AddColumn(new TableColumn("#").RightAligned())
                .AddColumn("Product")
                .AddColumn("Name");
            foreach (string heading in (string[])["Buyers", "Segment share", "Overall share", "Lift"])
            {
                table.AddColumn(new TableColumn(heading).RightAligned());
            }

            foreach (SegmentProduct product in segment.Products)
            {
                table.AddRow(
                    product.Rank.ToString(Invariant),
                    Markup.Escape(product.ProductId),
                    Markup.Escape(product.ProductName),
                    product.Buyers.ToString(Invariant),
                    product.SegmentShare.ToString("P2", Invariant),
                    product.OverallShare.ToString("P2", Invariant),
                    product.Lift.ToString("F2", Invariant));
            }

            console.Write(table);
        }

        int withPromotions = report.Customers.Count(customer => customer.Promotions.Count > 0);
        console.WriteLine(
            $"{withPromotions} of {report.Customers.Count} customers have promotions from {report.Model} " +
            $"(score: {report.ScoreDescription}).");
        double topScore = report.Customers
            .SelectMany(customer => customer.Promotions)
            .Select(promotion => Math.Abs(promotion.Score))
            .DefaultIfEmpty()
            .Max();
        if (withPromotions > 0 && topScore < NearZeroScore)
        {
            console.WriteLine(
                $"Every score is below {NearZeroScore.ToString("G", Invariant)}: the recommender's regularization " +
                "outweighs this log's few purchases per customer, so the lists follow product popularity. A " +
                "smaller value, such as --model-param regularization=5 for wals, lets the purchases speak.");
        }
        foreach (CustomerPromotions customer in report.Customers.Take(customers))
        {
            PrintCustomer(console, customer);
        }

        if (report.Customers.Count > customers)
        {
            console.WriteLine($"{report.Customers.Count - customers} more customers are in --csv and --json.");
        }

        console.WriteLine($"Elapsed: {report.ElapsedSeconds.ToString("F1", Invariant)} s.");
    }

    public static void PrintCustomer(IAnsiConsole console, CustomerPromotions customer)
    {
        string segment = customer.SegmentId is int id ? $" (segment {id})" : string.Empty;
        console.WriteLine($"Customer {customer.CustomerId}{segment}:");
        if (customer.Promotions.Count == 0)
        {
            console.WriteLine("  no product in stock that the customer has not bought.");
        }

        foreach (Promotion promotion in customer.Promotions)
        {
            string score = promotion.Score.ToString("G4", Invariant);
            console.WriteLine(
                $"  #{promotion.Rank} {promotion.ProductName} [{promotion.ProductId}] score {score}: " +
                promotion.Reason);
        }
    }

    /// <summary>
    /// Formats promotions as RFC 4180 CSV, one row per promoted product, customers first. For a
    /// segment row the score is the product's lift and the reason names its buyers.
    /// </summary>
    public static string PromotionsCsv(
        IReadOnlyList<CustomerPromotions> customers,
        IReadOnlyList<SegmentPromotions> segments)
    {
        var builder = new StringBuilder("scope,id,segmentId,rank,productId,productName,score,reason\n");
        foreach (CustomerPromotions customer in customers)
        {
            foreach (Promotion promotion in customer.Promotions)
            {
                builder.AppendLine(string.Join(
                    ',',
                    "customer",
                    CsvText.Quote(customer.CustomerId),
                    customer.SegmentId?.ToString(Invariant) ?? string.Empty,
                    promotion.Rank.ToString(Invariant),
                    CsvText.Quote(promotion.ProductId),
                    CsvText.Quote(promotion.ProductName),
                    Value(promotion.Score),
                    CsvText.Quote(promotion.Reason)));
            }
        }

        foreach (SegmentPromotions segment in segments)
        {
            foreach (SegmentProduct product in segment.Products)
            {
                string reason = $"bought by {product.Buyers} of the segment's {segment.Customers} customers; " +
                    $"{product.Lift.ToString("F2", Invariant)} times its overall share";
                builder.AppendLine(string.Join(
                    ',',
                    "segment",
                    segment.SegmentId.ToString(Invariant),
                    segment.SegmentId.ToString(Invariant),
                    product.Rank.ToString(Invariant),
                    CsvText.Quote(product.ProductId),
                    CsvText.Quote(product.ProductName),
                    Value(product.Lift),
                    CsvText.Quote(reason)));
            }
        }

        return builder.ToString();
    }

    public static void PrintLoyalty(IAnsiConsole console, LoyaltyReport report, int customers)
    {
        string recency = report.MaxRecencyDays is double days
            ? $"who bought in the last {days.ToString("0", Invariant)} days"
            : "in all";
        string cutoff = report.Cutoff.ToString("yyyy-MM-dd", Invariant);
        string threshold = report.ProbabilityThreshold.ToString("0.###", Invariant);
        string horizon = report.HorizonDays.ToString("0", Invariant);
        string monetary = report.MonetaryThreshold.ToString("N1", Invariant);
        string quantile = report.ValueQuantile.ToString("0.##", Invariant);
        console.WriteLine(
            $"Customers at risk at {cutoff}: {report.AtRisk.Count} of {report.ScoredCustomers} scored customers " +
            $"({recency}) have a probability below {threshold} of buying within {horizon} days and a monetary " +
            $"value of at least {monetary} (the {quantile} quantile).");
        var table = new Table().AddColumn("Customer").AddColumn(new TableColumn("Segment").RightAligned());
        foreach (string heading in (string[])["P(buy)", "Recency d", "Monetary", "Recent value", "Expected loss"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        table.AddColumn("Favourites (customer / segment)").AddColumn("Action");
        foreach (AtRiskCustomer customer in report.AtRisk.Take(customers))
        {
            table.AddRow(
                Markup.Escape(customer.CustomerId),
                customer.SegmentId?.ToString(Invariant) ?? "-",
                customer.Probability.ToString("F3", Invariant),
                customer.RecencyDays.ToString("F0", Invariant),
                customer.Monetary.ToString("N1", Invariant),
                customer.RecentValue.ToString("N1", Invariant),
                customer.ExpectedValueLost.ToString("N1", Invariant),
                Markup.Escape(
                    $"{string.Join(", ", customer.CustomerCategories)} / " +
                    string.Join(", ", customer.SegmentCategories)),
                Markup.Escape(customer.Action));
        }

        console.Write(table);
        if (report.AtRisk.Count > customers)
        {
            console.WriteLine($"{report.AtRisk.Count - customers} more customers are in --csv and --json.");
        }

        string window = report.ValueWindowDays.ToString("0", Invariant);
        console.WriteLine(
            $"Expected loss = (1 − P(buy)) × the amount of the last {window} days. " +
            $"Elapsed: {report.ElapsedSeconds.ToString("F1", Invariant)} s.");
    }

    /// <summary>Formats the customers at risk as RFC 4180 CSV, highest expected value lost first.</summary>
    public static string LoyaltyCsv(LoyaltyReport report)
    {
        var builder = new StringBuilder(
            "customerId,segmentId,segmentName,probability,recencyDays,purchases,monetary,recentValue," +
            "expectedValueLost," +
            "customerCategories,segmentCategories,featuredProductId,featuredProductName,action\n");
        foreach (AtRiskCustomer customer in report.AtRisk)
        {
            builder.AppendLine(string.Join(
                ',',
                CsvText.Quote(customer.CustomerId),
                customer.SegmentId?.ToString(Invariant) ?? string.Empty,
                CsvText.Quote(customer.SegmentName ?? string.Empty),
                Value(customer.Probability),
                Value(customer.RecencyDays),
                customer.Purchases.ToString(Invariant),
                Value(customer.Monetary),
                Value(customer.RecentValue),
                Value(customer.ExpectedValueLost),
                CsvText.Quote(string.Join('|', customer.CustomerCategories)),
                CsvText.Quote(string.Join('|', customer.SegmentCategories)),
                CsvText.Quote(customer.FeaturedProductId ?? string.Empty),
                CsvText.Quote(customer.FeaturedProductName ?? string.Empty),
                CsvText.Quote(customer.Action)));
        }

        return builder.ToString();
    }

    private static string Number(double? value) => value?.ToString("F3", Invariant) ?? "-";

    private static string Units(double value) => value.ToString("N1", Invariant);

    private static string Percent(double? value) => value is double share ? share.ToString("P0", Invariant) : "-";

    private static string Value(double? value) => value?.ToString("R", Invariant) ?? string.Empty;
}
