namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// One line of a purchase history: a customer bought a quantity of a product at a moment. On
/// MovieLens a rating is read as a purchase of one unit whose amount is the rating.
/// </summary>
/// <param name="CustomerId">The customer's id as the source spells it.</param>
/// <param name="ProductId">The product's id as the source spells it.</param>
/// <param name="Timestamp">When the purchase happened, in UTC.</param>
/// <param name="Quantity">The units bought, greater than zero.</param>
/// <param name="Amount">
/// The money spent on the line (the rating on MovieLens), zero or more; the monetary value of RFM
/// sums it.
/// </param>
/// <param name="UnitPrice">The price of one unit where the source has it, else <see langword="null"/>.</param>
/// <param name="Channel">The sales channel where the source has it, else <see langword="null"/>.</param>
public sealed record Purchase(
    string CustomerId,
    string ProductId,
    DateTimeOffset Timestamp,
    double Quantity,
    double Amount,
    double? UnitPrice = null,
    string? Channel = null);
