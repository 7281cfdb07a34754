using System.Globalization;
using System.Text;
using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Purchases;

public sealed class PurchaseLogReaderTests : IDisposable
{
    private const string Header = "customer_id,product_id,timestamp,quantity,amount,unit_price,channel,category,product_name";
    private static readonly DateTimeOffset LoadTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly FixedClock Clock = new(LoadTime);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_ValidRows_KeepsEveryField()
    {
        string path = _folder.Write("log.csv",
            Header + "\n" +
            "c1,p1,2024-03-01T14:30:00Z,2,9.00,4.50,web,Drinks|Tea,Green tea\n" +
            "c2,p2,1709303400,1,3.5,,store,,\n");

        PurchaseImport import = PurchaseLogReader.Read(path, timeProvider: Clock);

        PurchaseLog log = import.Log;
        Assert.Equal(2, log.Purchases.Count);
        Purchase first = log.GetPurchases("c1")[0];
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 14, 30, 0, TimeSpan.Zero), first.Timestamp);
        Assert.Equal(2, first.Quantity);
        Assert.Equal(9.0, first.Amount);
        Assert.Equal(4.5, first.UnitPrice);
        Assert.Equal("web", first.Channel);
        Purchase second = log.GetPurchases("c2")[0];
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1709303400), second.Timestamp);
        Assert.Null(second.UnitPrice);
        Assert.True(log.TryGetProduct("p1", out Product? tea));
        Assert.Equal("Green tea", tea.Name);
        Assert.Equal(["Drinks", "Tea"], tea.Categories);
        Assert.True(log.TryGetProduct("p2", out Product? unnamed));
        Assert.Equal("p2", unnamed.Name);
        Assert.Empty(unnamed.Categories);
        FileLoadReport report = Assert.Single(log.Report.Files);
        Assert.Equal(2, report.RowsKept);
        Assert.Empty(log.Report.Issues);
        Assert.All(import.Columns, match => Assert.True(match.IsPresent));
    }

    [Fact]
    public void Read_BadRows_ReportsFileLineColumnValue()
    {
        string path = _folder.Write("bad.csv",
            Header + "\n" +
            "c1,p1,2024-03-01,1,2.0,,,,\n" +
            "c1,p1,2024-03-01,-1,2.0,,,,\n" +
            "c1,p1,2024-03-01,0,2.0,,,,\n" +
            "c1,p1,2024-03-01,abc,2.0,,,,\n" +
            "c1,p1,2024-03-01,1,-2.0,,,,\n" +
            "c1,p1,03/01/2024,1,2.0,,,,\n" +
            "c1,p1,2030-01-01,1,2.0,,,,\n" +
            ",p1,2024-03-01,1,2.0,,,,\n" +
            "c1,,2024-03-01,1,2.0,,,,\n" +
            "c1,p1,2024-03-01,1,,,,,\n" +
            "c1,p1,2024-03-01,1,2.0\n" +
            Header + "\n" +
            "c1,p1,2024-03-01,1,2.0,-1,,,\n");

        PurchaseLog log = PurchaseLogReader.Read(path, timeProvider: Clock).Log;

        (long Line, LoadIssueKind Kind, string? Column, string? Value)[] expected =
        [
            (3, LoadIssueKind.InvalidQuantity, "quantity", "-1"),
            (4, LoadIssueKind.InvalidQuantity, "quantity", "0"),
            (5, LoadIssueKind.MalformedRow, "quantity", "abc"),
            (6, LoadIssueKind.NegativeAmount, "amount", "-2.0"),
            (7, LoadIssueKind.BadTimestamp, "timestamp", "03/01/2024"),
            (8, LoadIssueKind.BadTimestamp, "timestamp", "2030-01-01"),
            (9, LoadIssueKind.MissingValue, "customer_id", ""),
            (10, LoadIssueKind.MissingValue, "product_id", ""),
            (11, LoadIssueKind.MissingValue, "amount", ""),
            (12, LoadIssueKind.MalformedRow, null, null),
            (13, LoadIssueKind.RepeatedHeader, null, null),
            (14, LoadIssueKind.NegativeAmount, "unit_price", "-1"),
        ];
        Assert.Equal(expected, log.Report.Issues.Select(issue => (issue.Line, issue.Kind, issue.Column, issue.Value)));
        Assert.All(log.Report.Issues, issue => Assert.Equal("bad.csv", issue.File));
        Assert.All(log.Report.Issues, issue => Assert.Equal(RowAction.Skipped, issue.Action));
        Assert.Single(log.Purchases);
        FileLoadReport counts = Assert.Single(log.Report.Files);
        Assert.Equal(13, counts.RowsRead);
        Assert.Equal(1, counts.RowsKept);
        Assert.Equal(12, counts.RowsSkipped);
    }

    [Fact]
    public void Read_ImplausibleNumbers_SkipsRows()
    {
        string path = _folder.Write("huge.csv",
            Header + "\n" +
            "c1,p1,2024-03-01,1,2.0,,,,\n" +
            "c1,p1,2024-03-01,1,1e308,,,,\n" +
            "c1,p1,2024-03-01,2000000000000,2.0,,,,\n" +
            "c1,p1,2024-03-01,1,2.0,5e12,,,\n" +
            "c1,p1,2024-03-01,2000000,,1000000,,,\n" +
            "c1,p1,2024-03-01,1,1000000000000,,,,\n");

        PurchaseLog log = PurchaseLogReader.Read(path, timeProvider: Clock).Log;

        (long Line, LoadIssueKind Kind, string? Column, string? Value)[] expected =
        [
            (3, LoadIssueKind.ImplausibleAmount, "amount", "1e308"),
            (4, LoadIssueKind.ImplausibleAmount, "quantity", "2000000000000"),
            (5, LoadIssueKind.ImplausibleAmount, "unit_price", "5e12"),
            (6, LoadIssueKind.ImplausibleAmount, "unit_price", "2E+12"),
        ];
        Assert.Equal(expected, log.Report.Issues.Select(issue => (issue.Line, issue.Kind, issue.Column, issue.Value)));
        Assert.Contains("larger than 1E+12", log.Report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal([2.0, 1e12], log.Purchases.Select(purchase => purchase.Amount));
    }

    [Theory]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-02-30")]
    [InlineData("2024-03-01T25:00:00Z")]
    public void Read_ImpossibleIsoDate_NamesFieldsToCheck(string timestamp)
    {
        string path = _folder.Write("dates.csv", Header + $"\nc1,p1,{timestamp},1,2.0,,,,\n");

        LoadIssue issue = Assert.Single(PurchaseLogReader.Read(path, timeProvider: Clock).Log.Report.Issues);

        Assert.Equal(LoadIssueKind.BadTimestamp, issue.Kind);
        Assert.Contains("has the ISO 8601 form but names no real date or time", issue.Message, StringComparison.Ordinal);
        Assert.Contains("check the month (01-12)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownDateFormat_NamesOption()
    {
        string path = _folder.Write("dates.csv", Header + "\nc1,p1,03/01/2024 10:00,1,2.0,,,,\n");

        LoadIssue issue = Assert.Single(PurchaseLogReader.Read(path, timeProvider: Clock).Log.Report.Issues);

        Assert.Contains("'03/01/2024 10:00'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("timestampFormat", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CustomDateFormat_ParsesAsUtc()
    {
        string path = _folder.Write("dates.csv", Header + "\nc1,p1,01/03/2024 10:00,1,2.0,,,,\n");
        var mapping = new PurchaseCsvMapping { TimestampFormat = "dd/MM/yyyy HH:mm" };

        Purchase purchase = Assert.Single(PurchaseLogReader.Read(path, mapping, timeProvider: Clock).Log.Purchases);

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), purchase.Timestamp);
    }

    [Theory]
    [InlineData("2024-03-01T14:30:00+02:00", 12)]
    [InlineData("2024-03-01 14:30:00", 14)]
    [InlineData("2024-03-01T14:30:00.250Z", 14)]
    [InlineData("2024-03-01", 0)]
    public void Read_IsoForms_ConvertToUtc(string timestamp, int expectedHour)
    {
        string path = _folder.Write("iso.csv", Header + $"\nc1,p1,{timestamp},1,2.0,,,,\n");

        Purchase purchase = Assert.Single(PurchaseLogReader.Read(path, timeProvider: Clock).Log.Purchases);

        Assert.Equal(TimeSpan.Zero, purchase.Timestamp.Offset);
        Assert.Equal(expectedHour, purchase.Timestamp.Hour);
    }

    [Fact]
    public void Read_UnixMilliseconds_ReadsWithMapping()
    {
        string path = _folder.Write("ms.csv", Header + "\nc1,p1,1709303400250,1,2.0,,,,\n");
        var mapping = new PurchaseCsvMapping { TimestampFormat = PurchaseCsvMapping.UnixMilliseconds };

        Purchase purchase = Assert.Single(PurchaseLogReader.Read(path, mapping, timeProvider: Clock).Log.Purchases);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1709303400250), purchase.Timestamp);
    }

    [Fact]
    public void Read_EmptyFields_FixesQuantityAndAmount()
    {
        string path = _folder.Write("fix.csv", Header + "\nc1,p1,2024-03-01,,,2.50,,,\nc1,p1,2024-03-02,3,,2.50,,,\n");

        PurchaseLog log = PurchaseLogReader.Read(path, timeProvider: Clock).Log;

        Assert.Equal(2.5, log.Purchases[0].Amount);
        Assert.Equal(1, log.Purchases[0].Quantity);
        Assert.Equal(7.5, log.Purchases[1].Amount);
        FileLoadReport counts = Assert.Single(log.Report.Files);
        Assert.Equal(2, counts.RowsFixed);
        Assert.Equal(0, counts.RowsKept);
        Assert.Equal(3, log.Report.Issues.Count);
        Assert.All(log.Report.Issues, issue => Assert.Equal(RowAction.Fixed, issue.Action));
        Assert.Equal([2L, 2L, 3L], log.Report.Issues.Select(issue => issue.Line));
    }

    [Fact]
    public void Read_ConflictingProductName_KeepsFirst()
    {
        string path = _folder.Write("products.csv",
            Header + "\nc1,p1,2024-03-01,1,2,,,Tea,Green tea\nc2,p1,2024-03-02,1,2,,,Tea,Black tea\n");

        PurchaseLog log = PurchaseLogReader.Read(path, timeProvider: Clock).Log;

        Assert.Equal(2, log.Purchases.Count);
        Assert.True(log.TryGetProduct("p1", out Product? product));
        Assert.Equal("Green tea", product.Name);
        LoadIssue issue = Assert.Single(log.Report.Issues);
        Assert.Equal(LoadIssueKind.ConflictingProduct, issue.Kind);
        Assert.Equal(RowAction.Fixed, issue.Action);
        Assert.Equal("Black tea", issue.Value);
    }

    [Fact]
    public void Read_MissingRequiredColumn_NamesColumnAndHeader()
    {
        string path = _folder.Write("missing.csv", "customer_id,timestamp,quantity\nc1,2024-03-01,1\n");

        var exception = Assert.Throws<InvalidDataException>(() => PurchaseLogReader.Read(path, timeProvider: Clock));

        Assert.Contains("'product_id'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("customer_id,timestamp,quantity", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoQuantityNorAmount_Throws()
    {
        string path = _folder.Write("noamount.csv", "customer_id,product_id,timestamp\nc1,p1,2024-03-01\n");

        var exception = Assert.Throws<InvalidDataException>(() => PurchaseLogReader.Read(path, timeProvider: Clock));

        Assert.Contains("neither the quantity column", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyQuantity_AmountCountsUnits()
    {
        string path = _folder.Write("units.csv", "customer_id,product_id,timestamp,quantity\nc1,p1,2024-03-01,3\n");

        Purchase purchase = Assert.Single(PurchaseLogReader.Read(path, timeProvider: Clock).Log.Purchases);

        Assert.Equal(3, purchase.Quantity);
        Assert.Equal(3, purchase.Amount);
    }

    [Fact]
    public void Read_DuplicatedHeaderColumn_ThrowsAsAmbiguous()
    {
        string path = _folder.Write("dup.csv", "customer_id,product_id,timestamp,amount,amount\nc1,p1,2024-03-01,1,2\n");

        var exception = Assert.Throws<InvalidDataException>(() => PurchaseLogReader.Read(path, timeProvider: Clock));

        Assert.Contains("'amount' 2 times", exception.Message, StringComparison.Ordinal);
        Assert.Contains("columns 4 and 5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_ThrowsNamingFile()
    {
        string path = _folder.Write("empty.csv", string.Empty);

        var exception = Assert.Throws<InvalidDataException>(() => PurchaseLogReader.Read(path, timeProvider: Clock));

        Assert.Contains("empty.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("is empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_GivesEmptyLog()
    {
        string path = _folder.Write("header.csv", Header + "\n");

        PurchaseLog log = PurchaseLogReader.Read(path, timeProvider: Clock).Log;

        Assert.Empty(log.Purchases);
        Assert.Equal(0, Assert.Single(log.Report.Files).RowsRead);
    }

    [Fact]
    public void Read_BomAndCrlf_ReadsLines()
    {
        byte[] text = Encoding.UTF8.GetBytes(Header + "\r\nc1,p1,2024-03-01,1,2.0,,,,\r\n\r\nc2,p1,2024-03-01,-1,2.0,,,,\r\n");
        string path = _folder.WriteBytes("bom.csv", [0xEF, 0xBB, 0xBF, .. text]);

        PurchaseImport import = PurchaseLogReader.Read(path, timeProvider: Clock);

        Assert.Equal(0, import.Columns[0].Index);
        Assert.Equal("c1", Assert.Single(import.Log.Purchases).CustomerId);
        Assert.Equal(4, Assert.Single(import.Log.Report.Issues).Line);
    }

    [Fact]
    public void Read_QuotedComma_KeepsWholeName()
    {
        string path = _folder.Write("quoted.csv", Header + "\nc1,p1,2024-03-01,1,2.0,,,Sweets,\"Chocolate, dark\"\n");

        PurchaseLog log = PurchaseLogReader.Read(path, timeProvider: Clock).Log;

        Assert.True(log.TryGetProduct("p1", out Product? product));
        Assert.Equal("Chocolate, dark", product.Name);
    }

    [Fact]
    public void Read_GermanCulture_ReadsDecimalComma()
    {
        string path = _folder.Write("de.csv",
            "customer_id;product_id;timestamp;quantity;amount\nc1;p1;2024-03-01;2;1234,50\n");
        var mapping = new PurchaseCsvMapping { Separator = ";", Culture = "de-DE" };

        Purchase purchase = Assert.Single(PurchaseLogReader.Read(path, mapping, timeProvider: Clock).Log.Purchases);

        Assert.Equal(1234.5, purchase.Amount);
    }

    [Fact]
    public void Read_CurrentCultureGerman_StillInvariant()
    {
        string path = _folder.Write("inv.csv", Header + "\nc1,p1,2024-03-01,1,12.50,,,,\n");
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Purchase purchase = Assert.Single(PurchaseLogReader.Read(path, timeProvider: Clock).Log.Purchases);

            Assert.Equal(12.5, purchase.Amount);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Read_DecimalCommaInvariant_Skipped()
    {
        string path = _folder.Write("comma.csv", "customer_id;product_id;timestamp;amount\nc1;p1;2024-03-01;12,50\n");
        var mapping = new PurchaseCsvMapping { Separator = ";" };

        LoadIssue issue = Assert.Single(PurchaseLogReader.Read(path, mapping, timeProvider: Clock).Log.Report.Issues);

        Assert.Equal(LoadIssueKind.MalformedRow, issue.Kind);
        Assert.Contains("culture", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenQuoting_SkipsRow()
    {
        string path = _folder.Write("quote.csv", Header + "\nc1,p1,2024-03-01,1,2.0,,,,\"unclosed\nc2,p1,2024-03-01,1,2.0,,,,\n");

        PurchaseLog log = PurchaseLogReader.Read(path, timeProvider: Clock).Log;

        Assert.Equal(LoadIssueKind.MalformedRow, Assert.Single(log.Report.Issues).Kind);
    }

    [Fact]
    public void Read_SampleWithMapping_ReadsEveryRow()
    {
        string samples = Path.Combine(RepositoryRoot(), "samples");
        PurchaseCsvMapping mapping = PurchaseCsvMapping.FromJsonFile(Path.Combine(samples, "purchases-mapping.json"));

        PurchaseImport import = PurchaseLogReader.Read(Path.Combine(samples, "purchases.csv"), mapping, timeProvider: Clock);

        Assert.Empty(import.Log.Report.Issues);
        Assert.Equal(635, import.Log.Purchases.Count);
        Assert.Equal(48, import.Log.CustomerIds.Count);
        Assert.Equal(12, import.Log.Products.Count);
    }

    [Fact]
    public void FromJsonFile_UnknownProperty_Throws()
    {
        string path = _folder.Write("mapping.json", "{ \"customer\": \"id\" }");

        var exception = Assert.Throws<InvalidDataException>(() => PurchaseCsvMapping.FromJsonFile(path));

        Assert.Contains("customer", exception.Message, StringComparison.Ordinal);
        Assert.Contains("customerId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJsonFile_UnknownCulture_Throws()
    {
        string path = _folder.Write("mapping.json", "{ \"culture\": \"xx-nowhere\" }");

        var exception = Assert.Throws<InvalidDataException>(() => PurchaseCsvMapping.FromJsonFile(path));

        Assert.Contains("xx-nowhere", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithColumn_UnknownField_ListsFields()
    {
        var exception = Assert.Throws<ArgumentException>(() => new PurchaseCsvMapping().WithColumn("client", "c"));

        Assert.Contains("customerId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithColumn_RenamesField()
    {
        PurchaseCsvMapping mapping = new PurchaseCsvMapping().WithColumn("CUSTOMERID", "client");

        Assert.Equal("client", mapping.CustomerId);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MovieRecs.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MovieRecs.sln was not found above the test folder.");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
