namespace MovieRecs.Charts;

/// <summary>An effect size with its 95% interval, for the factor chart.</summary>
/// <param name="Name">The factor, such as "recency days" or "genre: Drama".</param>
/// <param name="Estimate">The estimate.</param>
/// <param name="Low">The interval's lower bound.</param>
/// <param name="High">The interval's upper bound.</param>
public sealed record EffectEstimate(string Name, double Estimate, double Low, double High);
