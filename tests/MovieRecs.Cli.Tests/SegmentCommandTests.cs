using System.Text.Json;

namespace MovieRecs.Cli.Tests;

public sealed class SegmentCommandTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("movierecs-segment-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static string Sample(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MovieRecs.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "samples", name);
    }

    private static string[] SampleSource() =>
        ["--purchases", Sample("purchases.csv"), "--mapping", Sample("purchases-mapping.json")];

    [Fact]
    public async Task Segment_SampleLog_WritesJsonFields()
    {
        string json = Path.Combine(_output, "segments.json");

        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--k-max", "5", "--json", json]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        foreach (string field in (string[])["silhouette", "silhouetteByK", "k", "stability", "segments", "customers", "features", "explainedVariance"])
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing field {field}");
        }

        Assert.Equal(4, root.GetProperty("silhouetteByK").GetArrayLength());
        int k = root.GetProperty("k").GetInt32();
        Assert.Equal(k, root.GetProperty("segments").GetArrayLength());
        Assert.Equal(48, root.GetProperty("customers").GetArrayLength());
        JsonElement segment = root.GetProperty("segments")[0];
        foreach (string field in (string[])["id", "name", "size", "meanRecencyDays", "meanFrequency", "meanMonetary", "topCategories", "peakHours"])
        {
            Assert.True(segment.TryGetProperty(field, out _), $"missing segment field {field}");
        }

        Assert.Equal(48, root.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("size").GetInt32()));
        JsonElement stability = root.GetProperty("stability");
        Assert.Equal(5, stability.GetProperty("adjustedRandIndexes").GetArrayLength());
        Assert.InRange(stability.GetProperty("mean").GetDouble(), -1, 1);
        JsonElement customer = root.GetProperty("customers")[0];
        Assert.True(customer.TryGetProperty("segmentId", out _));
        Assert.True(customer.TryGetProperty("x", out _));
        Assert.Contains("Chosen k:", run.Output, StringComparison.Ordinal);
        Assert.Contains("adjusted Rand index", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_CsvOption_WritesOneRowPerCustomer()
    {
        string csv = Path.Combine(_output, "customers.csv");

        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--k-max", "3", "--stability-runs", "1", "--csv", csv]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("customerId,segmentId,segmentName,x,y", lines[0]);
        Assert.Equal(49, lines.Length);
    }

    [Fact]
    public async Task Segment_SameSeed_SameOutput()
    {
        CliRun first = await CliRun.RunAsync(["segment", .. SampleSource(), "--k-max", "4", "--seed", "7"]);
        CliRun second = await CliRun.RunAsync(["segment", .. SampleSource(), "--k-max", "4", "--seed", "7"]);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(RemoveElapsed(first.Output), RemoveElapsed(second.Output));
    }

    [Fact]
    public async Task Segment_KMaxBelowKMin_ExitsWithInvalidArguments()
    {
        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--k-min", "5", "--k-max", "3"]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--k-max (3) must be at least --k-min (5)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_KMaxAboveCustomers_ExitsWithInvalidArguments()
    {
        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--k-max", "50"]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("k-max 50 needs at least 51 customers", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_AsOfBeforeFirstPurchase_SaysFirstPurchase()
    {
        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--as-of", "2020-01-01"]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("No customer has a purchase at or before the as-of date 2020-01-01", run.Error, StringComparison.Ordinal);
        Assert.Contains("2024-01-08", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_AsOfNotDate_ExitsWithInvalidArguments()
    {
        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--as-of", "yesterday"]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--as-of must be a date", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_AsOfMidYear_CountsEarlierCustomers()
    {
        string json = Path.Combine(_output, "asof.json");

        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--as-of", "2024-06-01", "--k-max", "3", "--json", json]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("2024-06-01T00:00:00+00:00", document.RootElement.GetProperty("asOf").GetString());
        Assert.InRange(document.RootElement.GetProperty("customerCount").GetInt32(), 4, 47);
    }

    [Fact]
    public async Task Segment_MissingPurchaseFile_ExitsWithDataError()
    {
        CliRun run = await CliRun.RunAsync("segment", "--purchases", Path.Combine(_output, "none.csv"));

        Assert.Equal(ExitCodes.DataUnavailable, run.ExitCode);
        Assert.Contains("none.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_BadColumnOption_ExitsWithInvalidArguments()
    {
        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), "--column", "client"]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--column 'client' is not FIELD=NAME", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurchasesInspect_Sample_PrintsMappingAndCounts()
    {
        string json = Path.Combine(_output, "inspect.json");

        CliRun run = await CliRun.RunAsync(["purchases", "inspect", .. SampleSource(), "--json", json]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("order_time", run.Output, StringComparison.Ordinal);
        Assert.Contains("no issues", run.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(635, document.RootElement.GetProperty("purchases").GetInt32());
        Assert.Equal(48, document.RootElement.GetProperty("customers").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("issueCount").GetInt32());
    }

    [Fact]
    public async Task PurchasesInspect_BadRows_ListsIssues()
    {
        string file = Path.Combine(_output, "bad.csv");
        File.WriteAllText(file, "client,sku,when,qty\nc1,p1,2024-03-01,1\nc2,p1,2024-03-01,-2\n");

        CliRun run = await CliRun.RunAsync(
            "purchases", "inspect", "--purchases", file,
            "--column", "customerId=client", "--column", "productId=sku", "--column", "timestamp=when",
            "--column", "quantity=qty");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("bad.csv:3 InvalidQuantity (Skipped)", run.Output, StringComparison.Ordinal);
        Assert.Contains("qty '-2'", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--k-min", "1" }, "--k-min must be between 2 and 50; got 1.")]
    [InlineData(new[] { "--k-max", "100" }, "--k-max must be between 2 and 50; got 100.")]
    [InlineData(new[] { "--k-min", "60", "--k-max", "61" }, "--k-min must be between 2 and 50; got 60.")]
    [InlineData(new[] { "--k-min", "5", "--k-max", "3" }, "--k-max (3) must be at least --k-min (5).")]
    public async Task Segment_KOutOfRange_FailsNamingValue(string[] options, string message)
    {
        CliRun run = await CliRun.RunAsync(["segment", .. SampleSource(), .. options]);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurchasesInspect_HeaderOnly_FailsAfterReport()
    {
        string file = Path.Combine(_output, "header.csv");
        File.WriteAllText(file, "customer_id,product_id,timestamp,quantity\n");

        CliRun run = await CliRun.RunAsync("purchases", "inspect", "--purchases", file);

        Assert.Equal(ExitCodes.DataUnavailable, run.ExitCode);
        Assert.Contains("Purchases", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{file} has a header but no data rows", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_EveryRowSkipped_ExitsWithDataError()
    {
        string file = Path.Combine(_output, "skipped.csv");
        File.WriteAllText(file, "customer_id,product_id,timestamp,quantity\nc1,p1,2024-03-01,-1\n");

        CliRun run = await CliRun.RunAsync("segment", "--purchases", file);

        Assert.Equal(ExitCodes.DataUnavailable, run.ExitCode);
        Assert.Contains("(1 data row read, all skipped)", run.Error, StringComparison.Ordinal);
        Assert.Contains("movierecs purchases inspect", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_HugeAmounts_SkipsRowsAndWritesJson()
    {
        string file = Path.Combine(_output, "huge.csv");
        string json = Path.Combine(_output, "huge.json");
        string[] lines = File.ReadAllLines(Sample("purchases.csv"));

        // The first customer's first two purchases again, with an amount and a price of 1e308.
        string[] huge = lines[1..3]
            .Select(line => string.Join(',', line.Split(',').Select((field, index) => index is 4 or 5 ? "1e308" : field)))
            .ToArray();
        File.WriteAllLines(file, [.. lines, .. huge]);

        CliRun run = await CliRun.RunAsync(
            ["segment", "--purchases", file, "--mapping", Sample("purchases-mapping.json"), "--k-max", "5", "--json", json]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("note: 2 of 637 data rows of", run.Error, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement[] segments = document.RootElement.GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal(48, segments.Sum(segment => segment.GetProperty("size").GetInt32()));
        Assert.All(segments, segment => Assert.InRange(segment.GetProperty("meanMonetary").GetDouble(), 0, 10_000));
    }

    [Fact]
    public async Task PurchasesInspect_NoPurchasesOption_ExitsWithInvalidArguments()
    {
        CliRun run = await CliRun.RunAsync("purchases", "inspect");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--purchases", run.Error, StringComparison.Ordinal);
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.LatestSmall)]
    public async Task Segment_LatestSmall_SegmentsEveryUser()
    {
        string json = Path.Combine(_output, "small.json");

        CliRun run = await CliRun.RunAsync(
            "segment", "--data", RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.LatestSmall)!, "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal(610, root.GetProperty("customers").GetArrayLength());
        Assert.Equal(7, root.GetProperty("silhouetteByK").GetArrayLength());
        Assert.Equal(610, root.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("size").GetInt32()));
        Assert.Contains("fans", run.Output, StringComparison.Ordinal);
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.Ml100K)]
    public async Task Segment_Ml100K_IncludesDemographics()
    {
        string json = Path.Combine(_output, "100k.json");

        CliRun run = await CliRun.RunAsync(
            "segment", "--data", RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.Ml100K)!, "--json", json);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        JsonElement root = document.RootElement;
        Assert.Equal(943, root.GetProperty("customers").GetArrayLength());
        Assert.Contains(root.GetProperty("features").EnumerateArray(), feature => feature.GetString() == "age");
        Assert.True(root.GetProperty("segments")[0].GetProperty("meanAge").GetDouble() > 0);
        Assert.Contains("Demographics", run.Output, StringComparison.Ordinal);
    }

    [RequiresMovieLensFact(RequiresMovieLensFactAttribute.Ml100K)]
    public async Task Inspect_Ml100K_CountsPublishedRows()
    {
        CliRun run = await CliRun.RunAsync(
            "inspect", "--data", RequiresMovieLensFactAttribute.FindDirectory(RequiresMovieLensFactAttribute.Ml100K)!);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("100,000", run.Output, StringComparison.Ordinal);
        Assert.Contains("1,682", run.Output, StringComparison.Ordinal);
        Assert.Contains("u.user", run.Output, StringComparison.Ordinal);
    }

    private static string RemoveElapsed(string output) =>
        string.Join('\n', output.Split('\n').Where(line => !line.StartsWith("Elapsed:", StringComparison.Ordinal)));
}
