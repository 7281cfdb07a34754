using System.Globalization;
using CsvHelper;

namespace MovieRecs.Analytics.Actions;

/// <summary>
/// Reads the current stock from a CSV with a header line and the columns product_id and on_hand.
/// Header names match after trimming, ignoring case, and other columns are ignored.
/// </summary>
/// <remarks>
/// The stock is a whole file of record, so unlike the purchase log a bad row stops the read: an
/// order computed from a partly read stock file would be wrong without a visible sign.
/// </remarks>
public static class StockLevelReader
{
    /// <summary>The header name of the product id column.</summary>
    public const string ProductColumn = "product_id";

    /// <summary>The header name of the current stock column.</summary>
    public const string OnHandColumn = "on_hand";

    /// <summary>Reads the stock by product id.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">
    /// The header lacks a column, or a row has an empty product id, a product id seen before, or a
    /// stock that is not a number of 0 or more. The message names the file and the line.
    /// </exception>
    public static IReadOnlyDictionary<string, double> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException(
                $"The stock file '{fullPath}' was not found. Pass a CSV with the columns " +
                $"{ProductColumn},{OnHandColumn}.",
                fullPath);
        }

        string file = Path.GetFileName(fullPath);
        var options = new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true };
        using CsvReader reader = CsvReader.FromFile(fullPath, options);
        int productIndex = Find(reader.Headers, ProductColumn, file);
        int onHandIndex = Find(reader.Headers, OnHandColumn, file);
        var stock = new Dictionary<string, double>(StringComparer.Ordinal);
        while (Read(reader, file))
        {
            if (reader.FieldCount == 1 && string.IsNullOrWhiteSpace(reader.GetString(0)))
            {
                continue;
            }

            long line = reader.LineNumber;
            string product = Field(reader, productIndex);
            string text = Field(reader, onHandIndex);
            if (product.Length == 0)
            {
                throw new InvalidDataException(
                    $"{file}:{line} has an empty {ProductColumn}; give every row a product id.");
            }

            bool parsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double units);
            if (!parsed || !(units >= 0) || double.IsInfinity(units))
            {
                throw new InvalidDataException(
                    $"{file}:{line} has {OnHandColumn} '{text}' for product '{product}'; it must be a number of " +
                    "0 or more, such as 12 or 2.5.");
            }

            if (!stock.TryAdd(product, units))
            {
                throw new InvalidDataException(
                    $"{file}:{line} lists product '{product}' a second time; give each product one row.");
            }
        }

        return stock;
    }

    private static int Find(IReadOnlyList<string> headers, string column, string file)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InvalidDataException(
            $"{file} has the header '{string.Join(',', headers)}', which lacks the column '{column}'. " +
            $"The stock file needs the columns {ProductColumn} and {OnHandColumn}.");
    }

    private static string Field(CsvReader reader, int index) =>
        index < reader.FieldCount ? (reader.GetString(index) ?? string.Empty).Trim() : string.Empty;

    private static bool Read(CsvReader reader, string file)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException exception)
        {
            throw new InvalidDataException(
                $"{file} cannot be read at line {exception.LineNumber}: {exception.Message}", exception);
        }
    }
}
