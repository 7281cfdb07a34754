namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The weekly demand of one product, category or the whole log: units bought in consecutive weeks
/// that start on Monday 00:00 UTC.
/// </summary>
/// <param name="Key">The series id: "all", a category name or a product id.</param>
/// <param name="Name">A readable name: "All purchases", the category or the product's name.</param>
/// <param name="Level">The grouping the series belongs to.</param>
/// <param name="FirstWeek">The Monday that starts the first week.</param>
/// <param name="Values">The units bought per week, oldest first, each zero or more.</param>
public sealed record WeeklySeries(
    string Key,
    string Name,
    DemandLevel Level,
    DateOnly FirstWeek,
    IReadOnlyList<double> Values)
{
    /// <summary>The number of weeks.</summary>
    public int Length => Values.Count;

    /// <summary>Returns the Monday that starts week <paramref name="index"/> (0 is the first week).</summary>
    public DateOnly WeekStart(int index) => FirstWeek.AddDays(7 * index);

    /// <summary>
    /// Returns the first <paramref name="count"/> weeks, which is the history a forecast made at
    /// that origin may see.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or too large.</exception>
    public WeeklySeries Head(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Length);
        return this with { Values = Values.Take(count).ToArray() };
    }
}
