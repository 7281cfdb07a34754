using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The complete weeks a demand forecast uses: <see cref="WeekCount"/> weeks that start on Monday
/// 00:00 UTC, beginning with <see cref="FirstWeek"/>.
/// </summary>
/// <param name="FirstWeek">The Monday that starts the first week.</param>
/// <param name="WeekCount">The number of weeks, at least one.</param>
public sealed record DemandWindow(DateOnly FirstWeek, int WeekCount)
{
    /// <summary>The Monday that starts the last week of the window.</summary>
    public DateOnly LastWeek => FirstWeek.AddDays(7 * (WeekCount - 1));

    /// <summary>
    /// Chooses the latest <paramref name="maxWeeks"/> complete weeks of a log. The week of the last
    /// purchase counts as complete only when that purchase falls on its Sunday, because a log that
    /// ends mid-week would show a false drop in its final week. The window starts no earlier than the
    /// week of the first purchase.
    /// </summary>
    /// <exception cref="ArgumentException">The log has no complete week.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWeeks"/> is not positive.</exception>
    public static DemandWindow Latest(PurchaseLog log, int maxWeeks)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWeeks);
        if (log.Purchases.Count == 0)
        {
            throw new ArgumentException("The purchase log is empty, so it has no weekly demand.", nameof(log));
        }

        DateOnly firstWeek = WeekOf(log.FirstPurchase);
        DateOnly lastDay = DateOnly.FromDateTime(log.LastPurchase.UtcDateTime);
        DateOnly lastWeek = WeekOf(log.LastPurchase);
        if (lastDay.DayOfWeek != DayOfWeek.Sunday)
        {
            lastWeek = lastWeek.AddDays(-7);
        }

        int completeWeeks = ((lastWeek.DayNumber - firstWeek.DayNumber) / 7) + 1;
        if (completeWeeks < 1)
        {
            throw new ArgumentException(
                $"The purchases run from {log.FirstPurchase:yyyy-MM-dd} to {log.LastPurchase:yyyy-MM-dd}, " +
                "which holds no complete week (Monday to Sunday, UTC).",
                nameof(log));
        }

        int weeks = Math.Min(maxWeeks, completeWeeks);
        return new DemandWindow(lastWeek.AddDays(-7 * (weeks - 1)), weeks);
    }

    /// <summary>Returns the Monday (UTC) that starts the week of a moment.</summary>
    public static DateOnly WeekOf(DateTimeOffset moment)
    {
        DateOnly day = DateOnly.FromDateTime(moment.UtcDateTime);
        int daysSinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-daysSinceMonday);
    }

    /// <summary>
    /// Returns the index of the week that contains a moment, or -1 when it lies outside the window.
    /// </summary>
    public int IndexOf(DateTimeOffset moment)
    {
        int index = (WeekOf(moment).DayNumber - FirstWeek.DayNumber) / 7;
        return index >= 0 && index < WeekCount ? index : -1;
    }
}
