namespace MovieRecs.Analytics.Retention;

/// <summary>
/// One labelled example: a customer's features at a cutoff, and whether the customer bought again
/// within the horizon after it.
/// </summary>
/// <param name="Features">The features at the cutoff, from purchases before it only.</param>
/// <param name="Returned">Whether the customer bought at least once in [cutoff, cutoff + horizon).</param>
public sealed record RepeatPurchaseExample(CustomerFeatures Features, bool Returned);
