using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Customers;

/// <summary>
/// The behaviour of one customer up to an as-of date, derived from the purchase log: recency,
/// frequency and monetary value (RFM), tenure, the gaps between purchase days, when and where the
/// customer buys, what categories, and the demographics where the source has them.
/// </summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="RecencyDays">Days from the last purchase to the as-of date, zero or more.</param>
/// <param name="Frequency">The number of purchase lines (ratings on MovieLens).</param>
/// <param name="ActiveDays">The number of distinct UTC calendar days with a purchase.</param>
/// <param name="Monetary">The sum of the amounts (the sum of ratings on MovieLens).</param>
/// <param name="Units">The sum of the quantities.</param>
/// <param name="TenureDays">Days from the first purchase to the as-of date.</param>
/// <param name="MeanIntervalDays">
/// The mean gap in days between consecutive purchase days, or null with fewer than two purchase days.
/// </param>
/// <param name="MedianIntervalDays">The median of those gaps, or null with fewer than two purchase days.</param>
/// <param name="IntervalStandardDeviationDays">
/// The sample standard deviation of those gaps, or null with fewer than three purchase days.
/// </param>
/// <param name="HourShares">The share of purchase lines in each UTC hour 0-23; sums to 1.</param>
/// <param name="WeekdayShares">
/// The share of purchase lines on each UTC weekday, indexed by <see cref="DayOfWeek"/> (Sunday = 0); sums to 1.
/// </param>
/// <param name="ChannelShares">The share of lines per sales channel among lines with a channel; empty when none has one.</param>
/// <param name="CategoryShares">
/// The category affinity: each line spreads a weight of 1 evenly over its product's categories, and a
/// category's share is its weight over the weight of all lines with categories. Empty when no product has one.
/// </param>
/// <param name="Demographics">The customer's demographics, or null when the source has none.</param>
public sealed record CustomerFeatures(
    string CustomerId,
    double RecencyDays,
    int Frequency,
    int ActiveDays,
    double Monetary,
    double Units,
    double TenureDays,
    double? MeanIntervalDays,
    double? MedianIntervalDays,
    double? IntervalStandardDeviationDays,
    IReadOnlyList<double> HourShares,
    IReadOnlyList<double> WeekdayShares,
    IReadOnlyDictionary<string, double> ChannelShares,
    IReadOnlyDictionary<string, double> CategoryShares,
    Customer? Demographics)
{
    /// <summary>The mean amount of a purchase line: <see cref="Monetary"/> over <see cref="Frequency"/>.</summary>
    public double MeanAmount => Monetary / Frequency;

    /// <summary>The share of purchase lines on Saturday or Sunday (UTC).</summary>
    public double WeekendShare => WeekdayShares[(int)DayOfWeek.Saturday] + WeekdayShares[(int)DayOfWeek.Sunday];
}
