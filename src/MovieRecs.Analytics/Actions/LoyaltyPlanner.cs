using System.Diagnostics;
using MathNet.Numerics.Statistics;
using MovieRecs.Analytics.Customers;
using ProfileFeatures = MovieRecs.Analytics.Customers.CustomerFeatures;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Actions;

/// <summary>
/// Lists the customers at risk at the end of a purchase log: a repeat-purchase probability below the
/// threshold and a monetary value in the top quantile. It sorts them by expected value lost and
/// recommends a re-engagement action for each.
/// </summary>
/// <remarks>
/// The repeat model scores every customer at the end of the observed period, trained on the
/// cutoffs before it as <see cref="RepeatPurchaseForecaster"/> does, so no outcome is known yet. The
/// action names one category: the first of the customer's two favourite categories that is also
/// one of the segment's two, else the customer's favourite. Below
/// <see cref="LoyaltyOptions.WinBackProbability"/> the action is a win-back offer, otherwise a
/// reminder. It features the customer's highest-ranked promoted product in that category, else it
/// suggests their top promoted product, where any is in stock.
/// </remarks>
public static class LoyaltyPlanner
{
    private const int FavouriteCount = 2;

    /// <summary>Finds and ranks the customers at risk.</summary>
    /// <param name="log">The purchases.</param>
    /// <param name="options">The settings.</param>
    /// <param name="promotions">The fitted promotions for the featured product, or null to feature none.</param>
    /// <param name="segmentation">The customers' segments, or null to leave segments out.</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    /// <exception cref="ArgumentException">
    /// The log cannot train the repeat model (too short, or a single outcome).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static LoyaltyReport FindAtRisk(
        PurchaseLog log,
        LoyaltyOptions options,
        PromotionPlanner? promotions,
        SegmentationResult? segmentation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();

        DateTimeOffset cutoff = RepeatPurchaseForecaster.ObservedEnd(log);
        RepeatPurchaseReport repeat = RepeatPurchaseForecaster.Run(log, cutoff, options.Repeat, cancellationToken);
        double[] monetary = repeat.Probabilities.Select(customer => customer.Monetary).ToArray();
        double threshold = monetary.Length > 0 ? monetary.Quantile(options.ValueQuantile) : 0;
        CustomerProbability[] atRisk = repeat.Probabilities
            .Where(customer => customer.Probability < options.ProbabilityThreshold && customer.Monetary >= threshold)
            .ToArray();

        cancellationToken.ThrowIfCancellationRequested();
        Dictionary<string, ProfileFeatures> features = CustomerFeatureBuilder.Build(log, cutoff)
            .ToDictionary(customer => customer.CustomerId, StringComparer.Ordinal);
        Dictionary<string, int> segmentOf = segmentation?.Customers.ToDictionary(
            customer => customer.CustomerId,
            customer => customer.SegmentId,
            StringComparer.Ordinal) ?? [];
        Dictionary<int, string> segmentNames =
            segmentation?.Segments.ToDictionary(segment => segment.Id, segment => segment.Name) ?? [];
        Dictionary<int, string[]> segmentFavourites =
            SegmentFavourites(log, segmentOf, segmentNames, options.MinCategoryShare);

        DateTimeOffset windowStart = cutoff - options.ValueWindow;
        AtRiskCustomer[] customers = atRisk
            .Select(customer =>
            {
                double recentValue = log.GetPurchases(customer.CustomerId)
                    .Where(purchase => purchase.Timestamp >= windowStart && purchase.Timestamp < cutoff)
                    .Sum(purchase => purchase.Amount);
                int? segment = segmentOf.TryGetValue(customer.CustomerId, out int id) ? id : null;
                string[] favourites = features.TryGetValue(customer.CustomerId, out ProfileFeatures? found)
                    ? Favourites(found)
                    : [];
                string[] segmentCategories = segment is int key ? segmentFavourites.GetValueOrDefault(key, []) : [];
                IReadOnlyList<Promotion> promoted = promotions?.ForCustomer(customer.CustomerId)?.Promotions ?? [];
                string? category = Category(favourites, segmentCategories);
                Promotion? featured = promoted
                    .FirstOrDefault(promotion => category is not null && promotion.Categories.Contains(category))
                    ?? (promoted.Count > 0 ? promoted[0] : null);
                return new AtRiskCustomer(
                    customer.CustomerId,
                    segment,
                    segment is int named ? segmentNames[named] : null,
                    customer.Probability,
                    customer.RecencyDays,
                    customer.Purchases,
                    customer.Monetary,
                    recentValue,
                    (1 - customer.Probability) * recentValue,
                    favourites,
                    segmentCategories,
                    featured?.ProductId,
                    featured?.ProductName,
                    Action(customer.Probability, category, featured, options));
            })
            .OrderByDescending(customer => customer.ExpectedValueLost)
            .ThenByDescending(customer => customer.Monetary)
            .ThenBy(customer => customer.CustomerId, StringComparer.Ordinal)
            .ToArray();

        return new LoyaltyReport(
            cutoff,
            options.Repeat.Horizon.TotalDays,
            options.Repeat.Model,
            options.Repeat.MaxRecency?.TotalDays,
            options.ProbabilityThreshold,
            options.ValueQuantile,
            threshold,
            options.ValueWindow.TotalDays,
            repeat.Customers,
            customers,
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Returns the action's category: the first customer favourite that is also a segment favourite,
    /// else the customer's first, else the segment's first. Null when neither has a favourite.
    /// </summary>
    internal static string? Category(
        IReadOnlyList<string> customerCategories,
        IReadOnlyList<string> segmentCategories) =>
        customerCategories.FirstOrDefault(segmentCategories.Contains)
            ?? (customerCategories.Count > 0 ? customerCategories[0] : null)
            ?? (segmentCategories.Count > 0 ? segmentCategories[0] : null);

    /// <summary>
    /// Returns the action text, such as "Win-back offer on Drama, featuring Heat (1995)", or "...;
    /// also suggest X" when the featured product lies outside the category.
    /// </summary>
    internal static string Action(double probability, string? category, Promotion? featured, LoyaltyOptions options)
    {
        string offer = probability < options.WinBackProbability ? "Win-back offer" : "Re-engagement reminder";
        string text = category is null ? offer : $"{offer} on {category}";
        if (featured is null)
        {
            return text;
        }

        bool inCategory = category is not null && featured.Categories.Contains(category);
        return inCategory || category is null
            ? $"{text}, featuring {featured.ProductName}"
            : $"{text}; also suggest {featured.ProductName}";
    }

    private static string[] Favourites(ProfileFeatures customer) => customer.CategoryShares
        .OrderByDescending(pair => pair.Value)
        .ThenBy(pair => pair.Key, StringComparer.Ordinal)
        .Take(FavouriteCount)
        .Select(pair => pair.Key)
        .ToArray();

    // A segment's favourites are its categories with a lift above 1 and a share of at least the
    // minimum, highest lift first.
    private static Dictionary<int, string[]> SegmentFavourites(
        PurchaseLog log,
        Dictionary<string, int> segmentOf,
        Dictionary<int, string> segmentNames,
        double minimumShare)
    {
        if (segmentOf.Count == 0)
        {
            return [];
        }

        return CategoryLiftAnalysis.Compute(log, segmentOf, segmentNames, bootstrapSamples: 0, seed: 0)
            .Where(lift => lift.Lift > 1 && lift.SegmentShare >= minimumShare)
            .GroupBy(lift => lift.SegmentId)
            .ToDictionary(
                group => group.Key,
                group => group
                    .OrderByDescending(lift => lift.Lift)
                    .Take(FavouriteCount)
                    .Select(lift => lift.Category)
                    .ToArray());
    }
}
