using System.Globalization;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// Turns the fields of one purchase-log row into a <see cref="Purchase"/>, collecting the corrections
/// it makes, or returns the problem that makes the row unusable. It also builds the product catalogue
/// from the rows it accepts.
/// </summary>
/// <remarks>
/// Rules: a missing quantity column means one unit per line, and an empty quantity field is fixed to
/// 1. A missing amount column means quantity times unit price, or the quantity where there is no price
/// either. An empty amount field is fixed to quantity times unit price when the row has a price, and
/// the row is skipped otherwise. A quantity of zero or less, a negative amount or price, a quantity, amount or
/// price above <see cref="MaxValue"/>, a number that does not parse and a timestamp that does not parse or lies
/// more than one day after the load time skip the row.
/// </remarks>
internal sealed class PurchaseRowParser
{
    // No thousands separators: with them the invariant culture would read the German 12,50 as 1250.
    private const NumberStyles NumberStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign |
        NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>
    /// The largest quantity, amount or unit price a row may have. Larger values are data errors, and
    /// keeping them would turn customer totals and the scaled segmentation features into infinities.
    /// </summary>
    public const double MaxValue = 1e12;

    private static readonly string MaxValueText = MaxValue.ToString("0.##E+0", CultureInfo.InvariantCulture);

    private readonly PurchaseColumnMatch[] _columns;
    private readonly PurchaseTimestampParser _timestamps;
    private readonly CultureInfo _culture;
    private readonly char _categorySeparator;
    private readonly DateTimeOffset _maxTimestamp;
    private readonly Dictionary<string, (Product Product, long Line)> _products = new(StringComparer.Ordinal);
    private readonly List<RowIssue> _fixes = [];

    public PurchaseRowParser(IReadOnlyList<PurchaseColumnMatch> columns, PurchaseCsvMapping mapping, DateTimeOffset loadTime)
    {
        _columns = columns.OrderBy(match => match.Column).ToArray();
        _culture = mapping.GetCulture();
        _timestamps = new PurchaseTimestampParser(mapping.TimestampFormat, _culture);
        _categorySeparator = mapping.CategorySeparator[0];
        _maxTimestamp = loadTime.AddDays(1);
    }

    /// <summary>The corrections made to the last accepted row; empty when it was kept as read.</summary>
    public IReadOnlyList<RowIssue> Fixes => _fixes;

    /// <summary>The products of the accepted rows, sorted by id.</summary>
    public IEnumerable<Product> Products =>
        _products.Values.Select(entry => entry.Product).OrderBy(product => product.ProductId, StringComparer.Ordinal);

    /// <summary>
    /// Parses a row whose fields <paramref name="getField"/> returns by header index, at
    /// <paramref name="line"/> of the file.
    /// </summary>
    /// <returns>The problem that skips the row, or null with the purchase in <paramref name="purchase"/>.</returns>
    public RowIssue? TryParse(Func<int, string> getField, long line, out Purchase? purchase)
    {
        purchase = null;
        _fixes.Clear();
        string Field(PurchaseColumn column) => Match(column).IsPresent ? getField(Match(column).Index).Trim() : string.Empty;

        string customerId = Field(PurchaseColumn.CustomerId);
        string productId = Field(PurchaseColumn.ProductId);
        if (IsRepeatedHeader(customerId, productId, Field(PurchaseColumn.Timestamp)))
        {
            return new RowIssue(
                LoadIssueKind.RepeatedHeader,
                null,
                null,
                "The row repeats the header line, as when two exports were joined, so it is skipped.");
        }

        if (RequireValue(PurchaseColumn.CustomerId, customerId) is { } customerIssue)
        {
            return customerIssue;
        }

        if (RequireValue(PurchaseColumn.ProductId, productId) is { } productIssue)
        {
            return productIssue;
        }

        if (ParseTimestamp(Field(PurchaseColumn.Timestamp), out DateTimeOffset timestamp) is { } timeIssue)
        {
            return timeIssue;
        }

        if (ParseAmounts(Field, out double quantity, out double amount, out double? unitPrice) is { } amountIssue)
        {
            return amountIssue;
        }

        string channel = Field(PurchaseColumn.Channel);
        purchase = new Purchase(
            customerId,
            productId,
            timestamp,
            quantity,
            amount,
            unitPrice,
            channel.Length == 0 ? null : channel);
        AddProduct(productId, Field(PurchaseColumn.ProductName), Field(PurchaseColumn.Category), line);
        return null;
    }

    private PurchaseColumnMatch Match(PurchaseColumn column) => _columns[(int)column];

    private bool IsRepeatedHeader(string customerId, string productId, string timestamp) =>
        string.Equals(customerId, Match(PurchaseColumn.CustomerId).Header, StringComparison.OrdinalIgnoreCase)
        && string.Equals(productId, Match(PurchaseColumn.ProductId).Header, StringComparison.OrdinalIgnoreCase)
        && string.Equals(timestamp, Match(PurchaseColumn.Timestamp).Header, StringComparison.OrdinalIgnoreCase);

    private RowIssue? RequireValue(PurchaseColumn column, string value) =>
        value.Length > 0
            ? null
            : new RowIssue(
                LoadIssueKind.MissingValue,
                Match(column).Header,
                string.Empty,
                $"{Match(column).Header} is empty, so the row is skipped.");

    private RowIssue? ParseTimestamp(string text, out DateTimeOffset timestamp)
    {
        string column = Match(PurchaseColumn.Timestamp).Header!;
        if (text.Length == 0)
        {
            timestamp = default;
            return RequireValue(PurchaseColumn.Timestamp, text);
        }

        string value = Shorten(text);
        if (!_timestamps.TryParse(text, out timestamp))
        {
            string message = _timestamps.LooksLikeIsoDate(text)
                ? $"{column} '{value}' has the ISO 8601 form but names no real date or time, so the row is skipped; " +
                    "check the month (01-12), the day, the hour (00-23) and the minutes."
                : $"{column} '{value}' is not {_timestamps.Expected}, so the row is skipped.";
            return new RowIssue(LoadIssueKind.BadTimestamp, column, value, message);
        }

        if (timestamp > _maxTimestamp)
        {
            string moment = timestamp.ToString("u", CultureInfo.InvariantCulture);
            return new RowIssue(
                LoadIssueKind.BadTimestamp,
                column,
                value,
                $"{column} '{value}' is {moment}, more than one day after the load time, so the row is skipped.");
        }

        return null;
    }

    private RowIssue? ParseAmounts(
        Func<PurchaseColumn, string> field,
        out double quantity,
        out double amount,
        out double? unitPrice)
    {
        quantity = 1;
        amount = 0;
        unitPrice = null;
        if (ParseOptionalNumber(PurchaseColumn.UnitPrice, field(PurchaseColumn.UnitPrice), out double? price) is { } priceIssue)
        {
            return priceIssue;
        }

        if (price < 0)
        {
            return Negative(PurchaseColumn.UnitPrice, field(PurchaseColumn.UnitPrice), "price");
        }

        unitPrice = price;
        if (ParseQuantity(field(PurchaseColumn.Quantity), out quantity) is { } quantityIssue)
        {
            return quantityIssue;
        }

        return ParseAmount(field(PurchaseColumn.Amount), quantity, price, out amount);
    }

    private RowIssue? ParseQuantity(string text, out double quantity)
    {
        quantity = 1;
        PurchaseColumnMatch match = Match(PurchaseColumn.Quantity);
        if (!match.IsPresent)
        {
            return null;
        }

        if (text.Length == 0)
        {
            _fixes.Add(new RowIssue(
                LoadIssueKind.MissingValue,
                match.Header,
                string.Empty,
                $"{match.Header} is empty, so the row is kept as one unit."));
            return null;
        }

        if (ParseOptionalNumber(PurchaseColumn.Quantity, text, out double? parsed) is { } issue)
        {
            return issue;
        }

        quantity = parsed!.Value;
        if (quantity <= 0)
        {
            string value = Shorten(text);
            return new RowIssue(
                LoadIssueKind.InvalidQuantity,
                match.Header,
                value,
                $"{match.Header} '{value}' is not greater than zero, so the row is skipped; returns and " +
                "cancellations are not purchases.");
        }

        return null;
    }

    private RowIssue? ParseAmount(string text, double quantity, double? price, out double amount)
    {
        PurchaseColumnMatch match = Match(PurchaseColumn.Amount);
        amount = price is { } unit ? quantity * unit : quantity;
        bool derived = !match.IsPresent || text.Length == 0;
        if (derived && amount > MaxValue)
        {
            string computed = amount.ToString("G4", CultureInfo.InvariantCulture);
            return new RowIssue(
                LoadIssueKind.ImplausibleAmount,
                Match(PurchaseColumn.UnitPrice).Header,
                computed,
                $"Quantity times unit price is {computed}, larger than {MaxValueText}, the largest amount a " +
                "purchase may have, so the row is skipped; check the quantity and unit price columns.");
        }

        if (!match.IsPresent)
        {
            return null;
        }

        if (text.Length == 0)
        {
            if (price is null)
            {
                return new RowIssue(
                    LoadIssueKind.MissingValue,
                    match.Header,
                    string.Empty,
                    $"{match.Header} is empty and the row has no unit price to compute it from, so the row is skipped.");
            }

            string computed = amount.ToString("R", CultureInfo.InvariantCulture);
            _fixes.Add(new RowIssue(
                LoadIssueKind.MissingValue,
                match.Header,
                string.Empty,
                $"{match.Header} is empty, so it is set to quantity times unit price, {computed}."));
            return null;
        }

        if (ParseOptionalNumber(PurchaseColumn.Amount, text, out double? parsed) is { } issue)
        {
            return issue;
        }

        amount = parsed!.Value;
        return amount < 0 ? Negative(PurchaseColumn.Amount, text, "amount") : null;
    }

    private RowIssue? ParseOptionalNumber(PurchaseColumn column, string text, out double? number)
    {
        number = null;
        if (text.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyle, _culture, out double value) || !double.IsFinite(value))
        {
            string header = Match(column).Header!;
            string shown = Shorten(text);
            string example = 1234.5.ToString("F1", _culture);
            return new RowIssue(
                LoadIssueKind.MalformedRow,
                header,
                shown,
                $"{header} '{shown}' is not a number in the {CultureName} culture (such as {example}), so the " +
                "row is skipped; set culture in the mapping if the file writes numbers differently.");
        }

        if (Math.Abs(value) > MaxValue)
        {
            string header = Match(column).Header!;
            string shown = Shorten(text);
            return new RowIssue(
                LoadIssueKind.ImplausibleAmount,
                header,
                shown,
                $"{header} '{shown}' is larger than {MaxValueText}, the largest value a purchase may have, so " +
                "the row is skipped; check the column's unit and decimal separator.");
        }

        number = value;
        return null;
    }

    private string CultureName => _culture.Name.Length == 0 ? "invariant" : _culture.Name;

    private RowIssue Negative(PurchaseColumn column, string text, string what)
    {
        string header = Match(column).Header!;
        string value = Shorten(text);
        return new RowIssue(
            LoadIssueKind.NegativeAmount,
            header,
            value,
            $"{header} '{value}' is a negative {what}, so the row is skipped.");
    }

    private void AddProduct(string productId, string name, string categoryText, long line)
    {
        string[] categories = categoryText
            .Split(_categorySeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!_products.TryGetValue(productId, out (Product Product, long Line) first))
        {
            var product = new Product(productId, name.Length == 0 ? productId : name, categories);
            _products.Add(productId, (product, line));
            return;
        }

        bool otherName = name.Length > 0 && !string.Equals(name, first.Product.Name, StringComparison.Ordinal);
        bool otherCategories = categories.Length > 0 && !categories.SequenceEqual(first.Product.Categories, StringComparer.Ordinal);
        if (otherName || otherCategories)
        {
            PurchaseColumnMatch match = Match(otherName ? PurchaseColumn.ProductName : PurchaseColumn.Category);
            string value = Shorten(otherName ? name : categoryText);
            string kept = otherName ? first.Product.Name : string.Join(_categorySeparator, first.Product.Categories);
            _fixes.Add(new RowIssue(
                LoadIssueKind.ConflictingProduct,
                match.Header,
                value,
                $"{match.Header} '{value}' of product '{productId}' differs from '{Shorten(kept)}' at line " +
                $"{first.Line}, so the purchase is kept and the product keeps its first value."));
        }
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 80), "...");
}
