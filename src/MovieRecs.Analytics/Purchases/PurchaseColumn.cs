namespace MovieRecs.Analytics.Purchases;

/// <summary>The fields of a purchase-log CSV row that a <see cref="PurchaseCsvMapping"/> maps to header names.</summary>
public enum PurchaseColumn
{
    /// <summary>The customer's id; required.</summary>
    CustomerId,

    /// <summary>The product's id; required.</summary>
    ProductId,

    /// <summary>When the purchase happened; required. See <see cref="PurchaseCsvMapping.TimestampFormat"/>.</summary>
    Timestamp,

    /// <summary>The units bought; 1 when the log has no such column. Quantity or amount is required.</summary>
    Quantity,

    /// <summary>The money spent on the line. Quantity or amount is required.</summary>
    Amount,

    /// <summary>The price of one unit; optional.</summary>
    UnitPrice,

    /// <summary>The sales channel, such as "web" or "store"; optional.</summary>
    Channel,

    /// <summary>The product's categories, split on <see cref="PurchaseCsvMapping.CategorySeparator"/>; optional.</summary>
    Category,

    /// <summary>The product's name; optional, and the product id replaces a missing one.</summary>
    ProductName,
}
