using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Actions;

/// <summary>The settings of the list of customers at risk.</summary>
public sealed record LoyaltyOptions
{
    /// <summary>
    /// The repeat-purchase settings. The default scores only customers who bought in the last 365
    /// days: a customer silent for longer is treated as already lost, not at risk.
    /// </summary>
    public RepeatPurchaseOptions Repeat { get; init; } = new() { MaxRecency = TimeSpan.FromDays(365) };

    /// <summary>A customer is at risk below this probability of buying again within the horizon.</summary>
    public double ProbabilityThreshold { get; init; } = 0.5;

    /// <summary>
    /// The quantile of the scored customers' monetary value that a customer at risk must reach; 0.75
    /// keeps the top quartile.
    /// </summary>
    public double ValueQuantile { get; init; } = 0.75;

    /// <summary>The window before the cutoff whose amount is the customer's recent value.</summary>
    public TimeSpan ValueWindow { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Below this probability the action is a win-back offer; at or above it, a reminder.</summary>
    public double WinBackProbability { get; init; } = 0.1;

    /// <summary>
    /// The minimum share of a segment's purchases for a category to count as the segment's
    /// favourite.
    /// </summary>
    public double MinCategoryShare { get; init; } = 0.05;

    /// <summary>Throws when a setting is out of range, naming it and the value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Repeat);
        Repeat.Validate();
        CheckFraction(ProbabilityThreshold, nameof(ProbabilityThreshold), allowOne: true);
        CheckFraction(ValueQuantile, nameof(ValueQuantile), allowOne: true);
        CheckFraction(WinBackProbability, nameof(WinBackProbability), allowOne: true);
        CheckFraction(MinCategoryShare, nameof(MinCategoryShare), allowOne: false);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ValueWindow, TimeSpan.Zero);
    }

    private static void CheckFraction(double value, string name, bool allowOne)
    {
        if (!(value >= 0 && (allowOne ? value <= 1 : value < 1)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie between 0 and 1; got {value}.");
        }
    }
}
