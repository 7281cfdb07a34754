using MovieRecs.Grains.Abstractions.Analytics;

namespace MovieRecs.Grains.Analytics;

/// <summary>
/// The three business actions of one run as the grain keeps them: the stock plan, every customer's
/// and segment's promotions, and the customers at risk.
/// </summary>
/// <param name="StockPlan">The stock plan.</param>
/// <param name="Promotions">The promotions with every customer, in customer id order.</param>
/// <param name="Loyalty">The customers at risk.</param>
internal sealed record ActionResults(StockPlanResult StockPlan, PromotionsResult Promotions, LoyaltyResult Loyalty)
{
    private readonly Dictionary<string, CustomerPromotionsResult> _byCustomer =
        Promotions.Customers.ToDictionary(customer => customer.CustomerId, StringComparer.Ordinal);

    /// <summary>Looks up one customer's promotions by the id as the data spells it.</summary>
    public bool TryGetCustomer(string customerId, out CustomerPromotionsResult? promotions) =>
        _byCustomer.TryGetValue(customerId, out promotions);
}
