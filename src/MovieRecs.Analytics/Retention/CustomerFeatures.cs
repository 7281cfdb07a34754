namespace MovieRecs.Analytics.Retention;

/// <summary>
/// A customer's purchase behaviour before a cutoff, from the purchases strictly before it. Day
/// counts are in days (fractional for recency and tenure); an "active day" is a UTC calendar date
/// with at least one purchase.
/// </summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Cutoff">The moment the features describe; no purchase at or after it is used.</param>
/// <param name="RecencyDays">The days from the last purchase to the cutoff.</param>
/// <param name="TenureDays">The days from the first purchase to the cutoff.</param>
/// <param name="Purchases">The number of purchases (lines of the log).</param>
/// <param name="ActiveDays">The number of distinct days with a purchase.</param>
/// <param name="MeanIntervalDays">
/// The mean days between consecutive active days, or <see langword="null"/> with a single active day.
/// </param>
/// <param name="IntervalStdDays">
/// The population standard deviation of those intervals, or <see langword="null"/> with a single active day.
/// </param>
/// <param name="PurchasesLast30Days">Purchases in the 30 days before the cutoff.</param>
/// <param name="PurchasesLast90Days">Purchases in the 90 days before the cutoff.</param>
/// <param name="PurchasesPrevious90Days">Purchases from 180 to 90 days before the cutoff.</param>
/// <param name="PurchasesLast365Days">Purchases in the 365 days before the cutoff.</param>
/// <param name="ActiveDaysLast90Days">Active days in the 90 days before the cutoff.</param>
/// <param name="Monetary">The total amount spent (the sum of ratings on MovieLens).</param>
/// <param name="Categories">The number of distinct categories (genres) bought.</param>
public sealed record CustomerFeatures(
    string CustomerId,
    DateTimeOffset Cutoff,
    double RecencyDays,
    double TenureDays,
    int Purchases,
    int ActiveDays,
    double? MeanIntervalDays,
    double? IntervalStdDays,
    int PurchasesLast30Days,
    int PurchasesLast90Days,
    int PurchasesPrevious90Days,
    int PurchasesLast365Days,
    int ActiveDaysLast90Days,
    double Monetary,
    int Categories)
{
    /// <summary>The names of the model's inputs, in the order of <see cref="ToVector"/>.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "logRecencyDays", "logTenureDays", "logPurchases", "logActiveDays", "singleActiveDay",
        "logMeanIntervalDays", "logIntervalStdDays", "logRecencyOverMeanInterval", "logPurchasesLast30Days",
        "logPurchasesLast90Days", "logPurchasesPrevious90Days", "logPurchasesLast365Days",
        "logActiveDaysLast90Days", "logMonetary", "meanAmount", "logCategories",
    ];

    /// <summary>The mean amount per purchase (the mean rating on MovieLens).</summary>
    public double MeanAmount => Monetary / Purchases;

    /// <summary>
    /// Returns the model's inputs: counts and day spans as log(1 + x), because they are heavy-tailed,
    /// and the interval features as 0 with <c>singleActiveDay</c> set when they are undefined.
    /// </summary>
    public float[] ToVector()
    {
        bool single = MeanIntervalDays is null;
        double meanInterval = MeanIntervalDays ?? 0;
        double overdue = meanInterval > 0 ? RecencyDays / meanInterval : 0;
        return
        [
            Log(RecencyDays), Log(TenureDays), Log(Purchases), Log(ActiveDays), single ? 1 : 0,
            Log(meanInterval), Log(IntervalStdDays ?? 0), Log(overdue), Log(PurchasesLast30Days),
            Log(PurchasesLast90Days), Log(PurchasesPrevious90Days), Log(PurchasesLast365Days),
            Log(ActiveDaysLast90Days), Log(Monetary), (float)MeanAmount, Log(Categories),
        ];
    }

    private static float Log(double value) => (float)Math.Log(1 + value);
}
