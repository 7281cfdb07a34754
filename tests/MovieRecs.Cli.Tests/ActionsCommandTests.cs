using System.Globalization;
using System.Text.Json;

namespace MovieRecs.Cli.Tests;

public sealed class ActionsCommandTests : IDisposable
{
    private static readonly string[] SmallModel = ["--model-param", "regularization=5"];

    private readonly string _output = Directory.CreateTempSubdirectory("movierecs-actions-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static string LatestSmall =>
        RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.LatestSmall)!;

    private static string Ml100K =>
        RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.Ml100K)!;

    [Fact]
    public async Task Stock_SampleLog_WritesPlan()
    {
        string json = Path.Combine(_output, "stock.json");
        string csv = Path.Combine(_output, "stock.csv");

        CliRun run = await CliRun.RunAsync(
            ["actions", "stock", .. SampleFiles.PurchaseSource, "--json", json, "--csv", csv]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Stock plan for the 4 weeks from 2024-12-09", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal(0.95, root.GetProperty("serviceLevel").GetDouble());
        Assert.Equal(1.645, root.GetProperty("z").GetDouble(), 3);
        Assert.Equal(12, root.GetProperty("lines").GetArrayLength());
        foreach (JsonElement line in root.GetProperty("lines").EnumerateArray())
        {
            double safety = root.GetProperty("z").GetDouble() * line.GetProperty("errorStandardDeviation").GetDouble();
            Assert.Equal(safety, line.GetProperty("safetyStock").GetDouble(), 9);
            Assert.Equal(
                Math.Ceiling(line.GetProperty("forecastUnits").GetDouble() + safety - 1e-9),
                line.GetProperty("targetStock").GetDouble());
        }

        string[] lines = File.ReadAllLines(csv);
        Assert.Equal(
            "productId,name,forecastUnits,errorMean,errorStandardDeviation,safetyStock,targetStock,onHand," +
            "orderQuantity,backtestServiceLevel",
            lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("S001,\"Dark chocolate, 70%\",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stock_WithStockFile_ComputesOrders()
    {
        string stock = Path.Combine(_output, "on-hand.csv");
        File.WriteAllText(stock, "product_id,on_hand\nB001,5\nB002,100\nX999,3\n");
        string json = Path.Combine(_output, "orders.json");

        CliRun run = await CliRun.RunAsync(
            ["actions", "stock", .. SampleFiles.PurchaseSource, "--stock", stock, "--json", json]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("1 products in the stock file are not planned", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement[] lines = [.. document.RootElement.GetProperty("lines").EnumerateArray()];
        JsonElement tea = lines.Single(line => line.GetProperty("productId").GetString() == "B001");
        Assert.Equal(
            Math.Max(0, tea.GetProperty("targetStock").GetDouble() - 5),
            tea.GetProperty("orderQuantity").GetDouble());
        JsonElement coffee = lines.Single(line => line.GetProperty("productId").GetString() == "B002");
        Assert.Equal(0, coffee.GetProperty("orderQuantity").GetDouble());
        JsonElement unlisted = lines.Single(line => line.GetProperty("productId").GetString() == "T001");
        Assert.Equal(JsonValueKind.Null, unlisted.GetProperty("orderQuantity").ValueKind);
    }

    [Fact]
    public async Task Stock_BadStockFile_ExitsWithDataError()
    {
        string stock = Path.Combine(_output, "bad.csv");
        File.WriteAllText(stock, "product_id,on_hand\nB001,-2\n");

        CliRun run = await CliRun.RunAsync(["actions", "stock", .. SampleFiles.PurchaseSource, "--stock", stock]);

        Assert.Equal(ExitCodes.DataUnavailable, run.ExitCode);
        Assert.Contains("bad.csv:2 has on_hand '-2'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--service-level", "0.4", "--service-level must be between 0.5 and 0.999; got 0.4.")]
    [InlineData("--period-weeks", "0", "--period-weeks must be between 1 and 26; got 0.")]
    public async Task Stock_InvalidOption_ExitsWithInvalidArguments(string option, string value, string message)
    {
        CliRun run = await CliRun.RunAsync(["actions", "stock", .. SampleFiles.PurchaseSource, option, value]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promotions_SampleLog_WritesCustomersAndSegments()
    {
        string json = Path.Combine(_output, "promotions.json");
        string csv = Path.Combine(_output, "promotions.csv");

        CliRun run = await CliRun.RunAsync(
            [
                "actions", "promotions", .. SampleFiles.PurchaseSource, .. SmallModel, "--count", "3",
                "--json", json, "--csv", csv,
            ]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Products in stock: 12", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Every score is below", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal("wals", root.GetProperty("model").GetString());
        Assert.Equal(48, root.GetProperty("customers").GetArrayLength());
        JsonElement first = root.GetProperty("customers")[0];
        Assert.Equal("C001", first.GetProperty("customerId").GetString());
        Assert.InRange(first.GetProperty("promotions").GetArrayLength(), 1, 3);
        Assert.StartsWith(
            "because you bought ",
            first.GetProperty("promotions")[0].GetProperty("reason").GetString(),
            StringComparison.Ordinal);
        Assert.True(root.GetProperty("segments").GetArrayLength() >= 2);

        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("scope,id,segmentId,rank,productId,productName,score,reason", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("customer,C001,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("segment,1,1,1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Promotions_DefaultRegularization_WarnsOfFlatScores()
    {
        CliRun run = await CliRun.RunAsync(["actions", "promotions", .. SampleFiles.PurchaseSource, "--show", "0"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Every score is below 0.0001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promotions_OneCustomer_ListsOnlyThem()
    {
        string json = Path.Combine(_output, "one.json");

        CliRun run = await CliRun.RunAsync(
            [
                "actions", "promotions", .. SampleFiles.PurchaseSource, .. SmallModel, "--customer", "C008",
                "--json", json,
            ]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Customer C008:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Customer C001", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("C008", document.RootElement.GetProperty("customerId").GetString());
        Assert.True(document.RootElement.GetProperty("promotions").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Promotions_UnknownCustomer_ExitsWithInvalidArguments()
    {
        CliRun run = await CliRun.RunAsync(
            ["actions", "promotions", .. SampleFiles.PurchaseSource, "--customer", "C999"]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("Customer 'C999' has no purchase", run.Error, StringComparison.Ordinal);

        // The id is checked before the stock plan, which would otherwise be printed first.
        Assert.Empty(run.Output.Trim());
    }

    [Theory]
    [InlineData("regularization", "--model-param 'regularization' is not NAME=NUMBER")]
    [InlineData("speed=2", "speed")]
    public async Task Promotions_BadModelParam_ExitsWithInvalidArguments(string value, string message)
    {
        CliRun run = await CliRun.RunAsync(
            ["actions", "promotions", .. SampleFiles.PurchaseSource, "--model-param", value]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loyalty_SampleLog_ListsValuableCustomersAtRisk()
    {
        string json = Path.Combine(_output, "loyalty.json");
        string csv = Path.Combine(_output, "loyalty.csv");

        CliRun run = await CliRun.RunAsync(
            ["actions", "loyalty", .. SampleFiles.PurchaseSource, .. SmallModel, "--json", json, "--csv", csv]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        JsonElement[] atRisk = [.. root.GetProperty("atRisk").EnumerateArray()];
        Assert.NotEmpty(atRisk);
        double threshold = root.GetProperty("monetaryThreshold").GetDouble();
        Assert.All(atRisk, customer => Assert.True(customer.GetProperty("probability").GetDouble() < 0.5));
        Assert.All(atRisk, customer => Assert.True(customer.GetProperty("monetary").GetDouble() >= threshold));
        double[] losses = atRisk.Select(customer => customer.GetProperty("expectedValueLost").GetDouble()).ToArray();
        Assert.Equal(losses.OrderDescending(), losses);
        Assert.All(
            atRisk,
            customer => Assert.Contains(" on ", customer.GetProperty("action").GetString(), StringComparison.Ordinal));

        string[] lines = File.ReadAllLines(csv);
        Assert.StartsWith("customerId,segmentId,segmentName,probability,", lines[0], StringComparison.Ordinal);
        Assert.Equal(atRisk.Length + 1, lines.Length);
    }

    [Fact]
    public async Task Loyalty_ThresholdZero_ListsNobody()
    {
        string json = Path.Combine(_output, "none.json");

        CliRun run = await CliRun.RunAsync(
            ["actions", "loyalty", .. SampleFiles.PurchaseSource, "--threshold", "0", "--show", "0", "--json", json]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(0, document.RootElement.GetProperty("atRisk").GetArrayLength());
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.LatestSmall)]
    public async Task Stock_LatestSmall_MeasuresBacktestService()
    {
        string json = Path.Combine(_output, "small-stock.json");

        CliRun run = await CliRun.RunAsync("actions", "stock", "--data", LatestSmall, "--top", "30", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal("2018-09-24", root.GetProperty("periodStart").GetString());
        Assert.Equal(30, root.GetProperty("lines").GetArrayLength());
        Assert.Equal(12, root.GetProperty("origins").GetInt32());
        Assert.Equal(30 * 9, root.GetProperty("backtestChecks").GetInt32());
        Assert.InRange(root.GetProperty("backtestServiceLevel").GetDouble(), 0.5, 1.0);
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.LatestSmall)]
    public async Task Promotions_LatestSmallWithStock_PromotesOnlyStocked()
    {
        string stock = Path.Combine(_output, "movies.csv");
        int[] stocked = [1, 50, 260, 296, 318, 356, 480, 527, 589, 593, 1196, 2571, 2959, 4993, 58559];
        File.WriteAllText(stock, "product_id,on_hand\n" + string.Concat(stocked.Select(id => $"{id},4\n")));
        string csv = Path.Combine(_output, "small-promotions.csv");

        CliRun run = await CliRun.RunAsync(
            "actions", "promotions", "--data", LatestSmall, "--stock", stock, "--show", "2", "--csv", csv);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("because you rated ", run.Output, StringComparison.Ordinal);
        string[] customerRows = File.ReadAllLines(csv)
            .Where(line => line.StartsWith("customer,", StringComparison.Ordinal))
            .ToArray();
        Assert.True(customerRows.Length > 600 * 3, $"{customerRows.Length} customer rows");
        var stockedIds = stocked.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        Assert.All(customerRows, row => Assert.Contains(row.Split(',')[4], stockedIds));
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.LatestSmall)]
    public async Task Loyalty_LatestSmall_ListsRecentCustomers()
    {
        string json = Path.Combine(_output, "small-loyalty.json");

        CliRun run = await CliRun.RunAsync("actions", "loyalty", "--data", LatestSmall, "--top", "30", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal("2018-09-25T00:00:00+00:00", root.GetProperty("cutoff").GetString());
        Assert.Equal(365, root.GetProperty("maxRecencyDays").GetDouble());
        JsonElement[] atRisk = [.. root.GetProperty("atRisk").EnumerateArray()];
        Assert.NotEmpty(atRisk);
        Assert.All(atRisk, customer => Assert.True(customer.GetProperty("recencyDays").GetDouble() <= 365));
        Assert.All(atRisk, customer => Assert.Equal(JsonValueKind.Number, customer.GetProperty("segmentId").ValueKind));
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.Ml100K)]
    public async Task Stock_Ml100KDailyOrigins_MeasuresService()
    {
        string json = Path.Combine(_output, "100k-stock.json");

        CliRun run = await CliRun.RunAsync(
            "actions", "stock", "--data", Ml100K, "--top", "30", "--origin-step", "1", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("1998-04-20", document.RootElement.GetProperty("periodStart").GetString());
        Assert.True(document.RootElement.GetProperty("backtestChecks").GetInt32() > 0);
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.Ml100K)]
    public async Task Loyalty_Ml100K_ListsCustomersWithActions()
    {
        string json = Path.Combine(_output, "100k-loyalty.json");

        CliRun run = await CliRun.RunAsync("actions", "loyalty", "--data", Ml100K, "--top", "30", "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement[] atRisk = [.. document.RootElement.GetProperty("atRisk").EnumerateArray()];
        Assert.NotEmpty(atRisk);
        Assert.All(
            atRisk,
            customer => Assert.Equal(JsonValueKind.String, customer.GetProperty("featuredProductId").ValueKind));
        Assert.Contains("Win-back offer on ", run.Output, StringComparison.Ordinal);
    }
}
