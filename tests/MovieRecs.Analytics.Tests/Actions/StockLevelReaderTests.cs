using MovieRecs.Analytics.Actions;

namespace MovieRecs.Analytics.Tests.Actions;

public sealed class StockLevelReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_ValidFile_ReturnsStockByProduct()
    {
        string path = _folder.Write(
            "stock.csv",
            "warehouse,Product_ID,on_hand\nnorth,p1,12\nnorth,\"p,2\",2.5\n\nsouth,p3,0\n");

        IReadOnlyDictionary<string, double> stock = StockLevelReader.Read(path);

        Assert.Equal(3, stock.Count);
        Assert.Equal(12, stock["p1"]);
        Assert.Equal(2.5, stock["p,2"]);
        Assert.Equal(0, stock["p3"]);
    }

    [Theory]
    [InlineData("product_id,stock\np1,3\n", "lacks the column 'on_hand'")]
    [InlineData("product_id,on_hand\np1,-3\n", "stock.csv:2 has on_hand '-3' for product 'p1'")]
    [InlineData("product_id,on_hand\np1,many\n", "on_hand 'many'")]
    [InlineData("product_id,on_hand\np1,3\np1,4\n", "stock.csv:3 lists product 'p1' a second time")]
    [InlineData("product_id,on_hand\n,4\n", "stock.csv:2 has an empty product_id")]
    public void Read_InvalidFile_NamesTheProblem(string content, string expected)
    {
        string path = _folder.Write("stock.csv", content);

        var exception = Assert.Throws<InvalidDataException>(() => StockLevelReader.Read(path));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        var exception = Assert.Throws<FileNotFoundException>(
            () => StockLevelReader.Read(Path.Combine(_folder.Path, "none.csv")));

        Assert.Contains("product_id,on_hand", exception.Message, StringComparison.Ordinal);
    }
}
