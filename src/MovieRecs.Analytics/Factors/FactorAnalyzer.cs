using System.Diagnostics;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Runs every influencing-factor analysis on a purchase log: the repeat-purchase factors, the rating
/// model and the category lift per segment.
/// </summary>
public static class FactorAnalyzer
{
    /// <summary>
    /// Runs the analyses. A part that the log cannot support (too few purchases, a single outcome) is
    /// left out with its reason in <see cref="FactorReport.Skipped"/>, and the others still run.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The log has fewer than three customers, so it cannot be segmented.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static FactorReport Run(
        PurchaseLog log,
        FactorOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var skipped = new List<string>();

        RepeatFactorReport? repeat = null;
        try
        {
            repeat = RepeatFactorAnalysis.Run(log, options, cancellationToken);
        }
        catch (ArgumentException exception)
        {
            skipped.Add($"Repeat-purchase factors: {exception.Message}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        RatingFactorReport? rating = null;
        try
        {
            rating = RatingFactorAnalysis.Run(log, options);
        }
        catch (ArgumentException exception)
        {
            skipped.Add($"Rating model: {exception.Message}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        SegmentationResult segmentation = SegmentAll(log, options.Segmentation);
        IReadOnlyList<CategoryLift> lifts = CategoryLiftAnalysis.Compute(
            log,
            segmentation.Customers.ToDictionary(
                customer => customer.CustomerId,
                customer => customer.SegmentId,
                StringComparer.Ordinal),
            segmentation.Segments.ToDictionary(segment => segment.Id, segment => segment.Name),
            options.BootstrapSamples,
            options.Seed);

        return new FactorReport(
            repeat,
            rating,
            segmentation.Segments
                .Select(segment => new SegmentSummary(segment.Id, segment.Name, segment.Size))
                .ToArray(),
            segmentation.Silhouette,
            lifts,
            skipped,
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Segments every customer as of the last purchase, with the k range cut to what the number of
    /// customers allows.
    /// </summary>
    /// <exception cref="ArgumentException">The log has fewer than three customers.</exception>
    public static SegmentationResult SegmentAll(PurchaseLog log, SegmentationOptions options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        int customers = log.CustomerIds.Count;
        if (customers < 3)
        {
            throw new ArgumentException(
                $"The purchase log has {customers} customers; segments need at least 3.", nameof(log));
        }

        int kMax = Math.Min(options.KMax, customers - 1);
        SegmentationOptions fitted = options with { KMax = kMax, KMin = Math.Min(options.KMin, kMax) };
        return CustomerSegmenter.Segment(log, asOf: null, fitted);
    }
}
