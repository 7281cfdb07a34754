using System.Globalization;

namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// Generates a segment name from what sets the segment apart from all customers, such as
/// "Frequent drama fans, evenings": an activity word, the category with the highest lift, and the
/// time of day or week that the segment over-represents.
/// </summary>
/// <remarks>
/// Activity: "Lapsed" when the segment's median recency is at least twice that of all customers
/// (and at least 30 days), else "Frequent" when its median frequency is at least 1.5 times the
/// overall median, "Occasional" when at most 2/3 of it, "Regular" otherwise. Category: the one with
/// the highest lift among those with at least 5% share in the segment, when that lift is at least
/// 1.15; otherwise "mixed". Time: the daypart with the highest lift when it is at least 1.2, and
/// "weekend" when the weekend lift is at least 1.25. The thresholds are a design choice.
/// </remarks>
internal static class SegmentNamer
{
    private const double LapsedRecencyRatio = 2.0;
    private const double MinLapsedDays = 30;
    private const double FrequentRatio = 1.5;
    private const double OccasionalRatio = 2.0 / 3.0;
    private const double MinCategoryShare = 0.05;
    private const double MinCategoryLift = 1.15;
    private const double MinDaypartLift = 1.2;
    private const double MinWeekendLift = 1.25;

    private static readonly Dictionary<string, string> DaypartPlurals = new(StringComparer.Ordinal)
    {
        ["night"] = "nights",
        ["morning"] = "mornings",
        ["afternoon"] = "afternoons",
        ["evening"] = "evenings",
    };

    /// <summary>The facts about one segment that its name is built from.</summary>
    /// <param name="MedianFrequency">The segment's median number of lines.</param>
    /// <param name="MedianRecencyDays">The segment's median recency.</param>
    /// <param name="Categories">Every category with its share and lift, in any order.</param>
    /// <param name="Dayparts">The dayparts with their share and lift.</param>
    /// <param name="WeekendLift">The segment's weekend share over that of all customers.</param>
    public sealed record Facts(
        double MedianFrequency,
        double MedianRecencyDays,
        IReadOnlyList<CategoryShare> Categories,
        IReadOnlyList<CategoryShare> Dayparts,
        double WeekendLift);

    /// <summary>Names every segment, making the names distinct.</summary>
    /// <param name="segments">The facts of each segment, in segment order.</param>
    /// <param name="overallMedianFrequency">The median number of lines over all customers.</param>
    /// <param name="overallMedianRecencyDays">The median recency over all customers.</param>
    /// <param name="noun">The word for customers, such as "buyers" or "fans".</param>
    public static string[] Name(
        IReadOnlyList<Facts> segments,
        double overallMedianFrequency,
        double overallMedianRecencyDays,
        string noun)
    {
        var names = new string[segments.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < segments.Count; s++)
        {
            Facts facts = segments[s];
            string activity = Activity(facts, overallMedianFrequency, overallMedianRecencyDays);
            CategoryShare[] distinguishing = facts.Categories
                .Where(category => category.Share >= MinCategoryShare && category.Lift >= MinCategoryLift)
                .OrderByDescending(category => category.Lift)
                .ThenBy(category => category.Label, StringComparer.Ordinal)
                .ToArray();
            string what = distinguishing.Length > 0 ? Lower(distinguishing[0].Label) : "mixed";
            string name = $"{activity} {what} {noun}{When(facts)}";
            if (used.Contains(name) && distinguishing.Length > 1)
            {
                name = $"{activity} {what} and {Lower(distinguishing[1].Label)} {noun}{When(facts)}";
            }

            if (used.Contains(name))
            {
                name = $"{name} ({(s + 1).ToString(CultureInfo.InvariantCulture)})";
            }

            used.Add(name);
            names[s] = name;
        }

        return names;
    }

    private static string Activity(Facts facts, double overallFrequency, double overallRecency)
    {
        double recencyBase = Math.Max(overallRecency, 1);
        if (facts.MedianRecencyDays >= LapsedRecencyRatio * recencyBase && facts.MedianRecencyDays >= MinLapsedDays)
        {
            return "Lapsed";
        }

        double ratio = overallFrequency > 0 ? facts.MedianFrequency / overallFrequency : 1;
        if (ratio >= FrequentRatio)
        {
            return "Frequent";
        }

        return ratio <= OccasionalRatio ? "Occasional" : "Regular";
    }

    private static string When(Facts facts)
    {
        CategoryShare top = facts.Dayparts.MaxBy(part => part.Lift)!;
        string? daypart = top.Lift >= MinDaypartLift ? top.Label : null;
        bool weekend = facts.WeekendLift >= MinWeekendLift;
        return (daypart, weekend) switch
        {
            (null, false) => string.Empty,
            (null, true) => ", weekends",
            ({ } part, false) => $", {DaypartPlurals[part]}",
            ({ } part, true) => $", weekend {DaypartPlurals[part]}",
        };
    }

    private static string Lower(string label) => label.ToLowerInvariant();
}
