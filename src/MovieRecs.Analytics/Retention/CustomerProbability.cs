namespace MovieRecs.Analytics.Retention;

/// <summary>A customer's predicted probability of buying again within the horizon after the cutoff.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Probability">The model's probability.</param>
/// <param name="BaselineProbability">The recency-only baseline's probability.</param>
/// <param name="RecencyDays">The days from the last purchase to the cutoff.</param>
/// <param name="Purchases">The purchases before the cutoff.</param>
/// <param name="Monetary">The amount spent before the cutoff.</param>
/// <param name="Returned">
/// Whether the customer did buy within the horizon; <see langword="null"/> when the log ends before
/// the horizon does.
/// </param>
public sealed record CustomerProbability(
    string CustomerId,
    double Probability,
    double BaselineProbability,
    double RecencyDays,
    int Purchases,
    double Monetary,
    bool? Returned)
{
    /// <summary>The risk of not buying again: 1 − <see cref="Probability"/>.</summary>
    public double Risk => 1 - Probability;
}
