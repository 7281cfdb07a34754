using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// How to read a purchase-log CSV: the header name of each field, the separator, the culture of its
/// numbers and the format of its timestamps. Every property has a default, so an empty mapping reads
/// a file with the header customer_id,product_id,timestamp,quantity,amount,unit_price,channel,category,product_name.
/// </summary>
/// <remarks>
/// A JSON mapping file has the same properties in camelCase. Unknown properties are rejected, so
/// that a typo does not silently fall back to a default. Setting an optional column to null leaves
/// it out even when the header has it.
/// </remarks>
public sealed record PurchaseCsvMapping
{
    /// <summary>The timestamp format that reads Unix seconds for integers and ISO 8601 for the rest.</summary>
    public const string AutoTimestamps = "auto";

    /// <summary>The timestamp format of integer seconds since 1970-01-01T00:00:00Z.</summary>
    public const string UnixSeconds = "unix";

    /// <summary>The timestamp format of integer milliseconds since 1970-01-01T00:00:00Z.</summary>
    public const string UnixMilliseconds = "unix-ms";

    /// <summary>The timestamp format of ISO 8601 dates and times, such as 2024-03-01T14:30:00Z.</summary>
    public const string Iso8601 = "iso8601";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The header name of the customer id column.</summary>
    public string CustomerId { get; init; } = "customer_id";

    /// <summary>The header name of the product id column.</summary>
    public string ProductId { get; init; } = "product_id";

    /// <summary>The header name of the timestamp column.</summary>
    public string Timestamp { get; init; } = "timestamp";

    /// <summary>The header name of the quantity column, or null for none (every line is one unit).</summary>
    public string? Quantity { get; init; } = "quantity";

    /// <summary>The header name of the amount column, or null for none.</summary>
    public string? Amount { get; init; } = "amount";

    /// <summary>The header name of the unit price column, or null for none.</summary>
    public string? UnitPrice { get; init; } = "unit_price";

    /// <summary>The header name of the sales channel column, or null for none.</summary>
    public string? Channel { get; init; } = "channel";

    /// <summary>The header name of the product category column, or null for none.</summary>
    public string? Category { get; init; } = "category";

    /// <summary>The header name of the product name column, or null for none.</summary>
    public string? ProductName { get; init; } = "product_name";

    /// <summary>The field separator, one character such as "," or ";" ("\t" for tabs).</summary>
    public string Separator { get; init; } = ",";

    /// <summary>
    /// The culture of the numbers, such as "de-DE" for 12,50; empty for the invariant culture (12.50).
    /// Thousands separators are rejected, because they make 12,50 and 1,250 ambiguous.
    /// </summary>
    public string Culture { get; init; } = string.Empty;

    /// <summary>
    /// The timestamp format: <see cref="AutoTimestamps"/> (the default), <see cref="UnixSeconds"/>,
    /// <see cref="UnixMilliseconds"/>, <see cref="Iso8601"/>, or a .NET custom format such as
    /// "dd.MM.yyyy HH:mm". Times without an offset are read as UTC.
    /// </summary>
    public string TimestampFormat { get; init; } = AutoTimestamps;

    /// <summary>The separator between several categories of one product, such as "Drama|Romance".</summary>
    public string CategorySeparator { get; init; } = "|";

    /// <summary>Reads a mapping from a JSON file; absent properties keep their defaults.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid mapping.</exception>
    public static PurchaseCsvMapping FromJsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"The mapping file '{fullPath}' was not found.", fullPath);
        }

        PurchaseCsvMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<PurchaseCsvMapping>(File.ReadAllText(fullPath), JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(
                $"The mapping file '{fullPath}' is not a valid mapping: {exception.Message} Properties are " +
                $"{string.Join(", ", Enum.GetNames<PurchaseColumn>().Select(JsonNamingPolicy.CamelCase.ConvertName))}, " +
                "separator, culture, timestampFormat and categorySeparator.",
                exception);
        }

        if (mapping is null)
        {
            throw new InvalidDataException($"The mapping file '{fullPath}' contains null instead of a JSON object.");
        }

        try
        {
            mapping.Validate();
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"The mapping file '{fullPath}' is invalid: {exception.Message}", exception);
        }

        return mapping;
    }

    /// <summary>
    /// Returns a copy with one column renamed, for command-line overrides such as customerId=cust.
    /// </summary>
    /// <param name="column">The field name as in the JSON file (customerId), ignoring case.</param>
    /// <param name="header">The header name; empty to leave an optional column out.</param>
    /// <exception cref="ArgumentException">The field name is unknown, or a required field is left out.</exception>
    public PurchaseCsvMapping WithColumn(string column, string header)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(header);
        if (!Enum.TryParse(column.Trim(), ignoreCase: true, out PurchaseColumn field) || int.TryParse(column, out _))
        {
            throw new ArgumentException(
                $"'{column}' is not a purchase-log field. Use one of {string.Join(", ", FieldNames)}.",
                nameof(column));
        }

        string? name = header.Trim().Length == 0 ? null : header.Trim();
        PurchaseCsvMapping result = field switch
        {
            PurchaseColumn.CustomerId => this with { CustomerId = name! },
            PurchaseColumn.ProductId => this with { ProductId = name! },
            PurchaseColumn.Timestamp => this with { Timestamp = name! },
            PurchaseColumn.Quantity => this with { Quantity = name },
            PurchaseColumn.Amount => this with { Amount = name },
            PurchaseColumn.UnitPrice => this with { UnitPrice = name },
            PurchaseColumn.Channel => this with { Channel = name },
            PurchaseColumn.Category => this with { Category = name },
            _ => this with { ProductName = name },
        };
        result.Validate();
        return result;
    }

    /// <summary>The field names as the JSON file and the command line spell them.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
        Enum.GetNames<PurchaseColumn>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();

    /// <summary>Returns the header name the mapping gives a field, or null when the field is left out.</summary>
    public string? GetHeader(PurchaseColumn column) => column switch
    {
        PurchaseColumn.CustomerId => CustomerId,
        PurchaseColumn.ProductId => ProductId,
        PurchaseColumn.Timestamp => Timestamp,
        PurchaseColumn.Quantity => Quantity,
        PurchaseColumn.Amount => Amount,
        PurchaseColumn.UnitPrice => UnitPrice,
        PurchaseColumn.Channel => Channel,
        PurchaseColumn.Category => Category,
        PurchaseColumn.ProductName => ProductName,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown purchase-log field."),
    };

    /// <summary>Checks the mapping.</summary>
    /// <exception cref="ArgumentException">
    /// A required column is unnamed, both quantity and amount are left out, a separator is not one
    /// character, or the culture is unknown.
    /// </exception>
    public void Validate()
    {
        foreach (PurchaseColumn required in (PurchaseColumn[])[PurchaseColumn.CustomerId, PurchaseColumn.ProductId, PurchaseColumn.Timestamp])
        {
            if (string.IsNullOrWhiteSpace(GetHeader(required)))
            {
                throw new ArgumentException(
                    $"The column of {JsonNamingPolicy.CamelCase.ConvertName(required.ToString())} is empty; it is required.");
            }
        }

        if (string.IsNullOrWhiteSpace(Quantity) && string.IsNullOrWhiteSpace(Amount))
        {
            throw new ArgumentException("Both quantity and amount are left out; map at least one of them.");
        }

        if (Separator is not { Length: 1 } || Separator[0] is '"' or '\r' or '\n')
        {
            throw new ArgumentException(
                $"The separator '{Separator}' is invalid; use one character other than a quote or a line break, such as , or ;.");
        }

        if (CategorySeparator is not { Length: 1 })
        {
            throw new ArgumentException($"The category separator '{CategorySeparator}' is invalid; use one character, such as |.");
        }

        if (string.IsNullOrWhiteSpace(TimestampFormat))
        {
            throw new ArgumentException(
                $"The timestamp format is empty; use {AutoTimestamps}, {UnixSeconds}, {UnixMilliseconds}, {Iso8601} " +
                "or a .NET format such as dd.MM.yyyy HH:mm.");
        }

        _ = GetCulture();
    }

    /// <summary>Returns the culture of the numbers and custom timestamp formats.</summary>
    /// <exception cref="ArgumentException">The culture name is unknown.</exception>
    public CultureInfo GetCulture()
    {
        if (string.IsNullOrWhiteSpace(Culture))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(Culture.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException exception)
        {
            throw new ArgumentException(
                $"The culture '{Culture}' is unknown; use a name such as en-US or de-DE, or leave it empty for invariant.",
                exception);
        }
    }
}
