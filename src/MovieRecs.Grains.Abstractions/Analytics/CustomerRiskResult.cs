namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>A customer's predicted probability of buying again within the horizon after the cutoff.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Probability">The model's probability of buying again.</param>
/// <param name="BaselineProbability">The recency-only baseline's probability.</param>
/// <param name="RecencyDays">The days from the last purchase to the cutoff.</param>
/// <param name="Purchases">The purchases before the cutoff.</param>
/// <param name="Monetary">The amount spent before the cutoff.</param>
/// <param name="Returned">
/// Whether the customer bought within the horizon; null when the data ends before the horizon does.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.CustomerRiskResult")]
public sealed record CustomerRiskResult(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] double Probability,
    [property: Id(2)] double BaselineProbability,
    [property: Id(3)] double RecencyDays,
    [property: Id(4)] int Purchases,
    [property: Id(5)] double Monetary,
    [property: Id(6)] bool? Returned)
{
    /// <summary>The risk of not buying again: 1 − <see cref="Probability"/>.</summary>
    public double Risk => 1 - Probability;
}
