using System.Diagnostics.CodeAnalysis;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// A validated purchase history in memory: the purchases in time order, the product catalogue, the
/// customers' demographics where known, and the report of what the import kept and skipped.
/// </summary>
public sealed class PurchaseLog
{
    private readonly Dictionary<string, Product> _productsById;
    private readonly Dictionary<string, Customer> _customersById;
    private readonly Dictionary<string, Purchase[]> _purchasesByCustomer;

    /// <summary>
    /// Creates a purchase log from rows that have already passed validation. Purchases are sorted by
    /// timestamp, then customer id, then product id (ordinal), so that every later step is repeatable.
    /// </summary>
    /// <param name="purchases">The purchases, in any order.</param>
    /// <param name="products">
    /// The catalogue. Every product a purchase names must be in it.
    /// </param>
    /// <param name="customers">Demographics of some or all customers; may be empty.</param>
    /// <param name="report">The import's validation report.</param>
    /// <exception cref="ArgumentException">
    /// Two products or two customers share an id, a purchase names a product missing from the
    /// catalogue, or a purchase has a quantity of zero or less or a negative amount.
    /// </exception>
    public PurchaseLog(
        IEnumerable<Purchase> purchases,
        IEnumerable<Product> products,
        IEnumerable<Customer> customers,
        LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(report);

        _productsById = new Dictionary<string, Product>(StringComparer.Ordinal);
        foreach (Product product in products)
        {
            if (!_productsById.TryAdd(product.ProductId, product))
            {
                throw new ArgumentException($"Product id '{product.ProductId}' occurs twice.", nameof(products));
            }
        }

        _customersById = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (Customer customer in customers)
        {
            if (!_customersById.TryAdd(customer.CustomerId, customer))
            {
                throw new ArgumentException($"Customer id '{customer.CustomerId}' occurs twice.", nameof(customers));
            }
        }

        Purchase[] sorted = purchases.ToArray();
        foreach (Purchase purchase in sorted)
        {
            Validate(purchase, nameof(purchases));
        }

        Array.Sort(sorted, ComparePurchases);
        Purchases = sorted;
        _purchasesByCustomer = sorted
            .GroupBy(purchase => purchase.CustomerId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        CustomerIds = _purchasesByCustomer.Keys.Order(StringComparer.Ordinal).ToArray();
        Products = _productsById.Values.OrderBy(product => product.ProductId, StringComparer.Ordinal).ToArray();
        Customers = _customersById.Values.OrderBy(customer => customer.CustomerId, StringComparer.Ordinal).ToArray();
        Report = report;
    }

    /// <summary>The purchases sorted by timestamp, then customer id, then product id.</summary>
    public IReadOnlyList<Purchase> Purchases { get; }

    /// <summary>The catalogue sorted by product id.</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>The customers with demographics, sorted by id; empty when the source has none.</summary>
    public IReadOnlyList<Customer> Customers { get; }

    /// <summary>The ids of every customer with at least one purchase, in ordinal order.</summary>
    public IReadOnlyList<string> CustomerIds { get; }

    /// <summary>The import's validation report.</summary>
    public LoadReport Report { get; }

    /// <summary>Whether any customer has demographics.</summary>
    public bool HasDemographics => _customersById.Count > 0;

    /// <summary>The time of the first purchase.</summary>
    /// <exception cref="InvalidOperationException">The log has no purchases.</exception>
    public DateTimeOffset FirstPurchase => Purchases.Count > 0
        ? Purchases[0].Timestamp
        : throw new InvalidOperationException("The purchase log is empty, so it has no first purchase.");

    /// <summary>The time of the last purchase.</summary>
    /// <exception cref="InvalidOperationException">The log has no purchases.</exception>
    public DateTimeOffset LastPurchase => Purchases.Count > 0
        ? Purchases[^1].Timestamp
        : throw new InvalidOperationException("The purchase log is empty, so it has no last purchase.");

    /// <summary>Returns one customer's purchases in time order, or an empty list for an unknown id.</summary>
    public IReadOnlyList<Purchase> GetPurchases(string customerId) =>
        _purchasesByCustomer.TryGetValue(customerId, out Purchase[]? found) ? found : [];

    /// <summary>Looks up a product by id.</summary>
    public bool TryGetProduct(string productId, [NotNullWhen(true)] out Product? product) =>
        _productsById.TryGetValue(productId, out product);

    /// <summary>Looks up a customer's demographics by id.</summary>
    public bool TryGetCustomer(string customerId, [NotNullWhen(true)] out Customer? customer) =>
        _customersById.TryGetValue(customerId, out customer);

    /// <summary>
    /// Returns a log of the purchases strictly before <paramref name="cutoff"/>, with the same
    /// catalogue, customers and report; models that must not see the future train on it.
    /// </summary>
    public PurchaseLog Before(DateTimeOffset cutoff) =>
        new(Purchases.Where(purchase => purchase.Timestamp < cutoff), Products, Customers, Report);

    private void Validate(Purchase purchase, string parameterName)
    {
        if (!_productsById.ContainsKey(purchase.ProductId))
        {
            throw new ArgumentException(
                $"A purchase of customer '{purchase.CustomerId}' names product '{purchase.ProductId}', " +
                "which is not in the catalogue.",
                parameterName);
        }

        if (!(purchase.Quantity > 0))
        {
            throw new ArgumentException(
                $"A purchase of customer '{purchase.CustomerId}' has quantity {purchase.Quantity}; " +
                "quantities must be greater than zero.",
                parameterName);
        }

        if (!(purchase.Amount >= 0))
        {
            throw new ArgumentException(
                $"A purchase of customer '{purchase.CustomerId}' has amount {purchase.Amount}; " +
                "amounts must be zero or more.",
                parameterName);
        }
    }

    private static int ComparePurchases(Purchase left, Purchase right)
    {
        int byTime = left.Timestamp.CompareTo(right.Timestamp);
        if (byTime != 0)
        {
            return byTime;
        }

        int byCustomer = string.CompareOrdinal(left.CustomerId, right.CustomerId);
        return byCustomer != 0 ? byCustomer : string.CompareOrdinal(left.ProductId, right.ProductId);
    }
}
