using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Analytics.Customers;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// Segments the customers of a purchase log: derives their features, scales them, runs k-means for
/// each k of a range, chooses k by silhouette, refits with other seeds to measure stability, and
/// describes each segment.
/// </summary>
public static partial class CustomerSegmenter
{
    /// <summary>Segments the customers of <paramref name="log"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="log">The purchase log.</param>
    /// <param name="asOf">The feature date; null for the time of the last purchase.</param>
    /// <param name="options">The settings; null for the defaults.</param>
    /// <param name="logger">Receives the score of each k and the end of the run.</param>
    /// <exception cref="ArgumentException">The log has too few customers for the k range, or a setting is invalid.</exception>
    public static SegmentationResult Segment(
        PurchaseLog log,
        DateTimeOffset? asOf = null,
        SegmentationOptions? options = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= new SegmentationOptions();
        logger ??= NullLogger.Instance;
        if (log.Purchases.Count == 0)
        {
            throw new ArgumentException("The purchase log has no purchases, so there are no customers to segment.", nameof(log));
        }

        var stopwatch = Stopwatch.StartNew();
        DateTimeOffset date = asOf ?? CustomerFeatureBuilder.DefaultAsOf(log);
        IReadOnlyList<CustomerFeatures> customers = CustomerFeatureBuilder.Build(log, date);
        if (customers.Count == 0)
        {
            string first = log.FirstPurchase.ToString("u", CultureInfo.InvariantCulture);
            throw new ArgumentException(
                $"No customer has a purchase at or before the as-of date {date.ToString("u", CultureInfo.InvariantCulture)}; " +
                $"the first purchase is at {first}. Choose a later as-of date.",
                nameof(asOf));
        }

        options.Validate(customers.Count);
        FeatureMatrix matrix = FeatureMatrixBuilder.Build(customers, options.UseDemographics);

        var clusterer = new KMeansClusterer(options.Restarts);
        var scores = new List<KScore>();
        KMeansClustering? best = null;
        double bestSilhouette = double.NegativeInfinity;
        for (int k = options.KMin; k <= options.KMax; k++)
        {
            KMeansClustering clustering = clusterer.Fit(matrix.Rows, k, options.Seed);
            double silhouette = SilhouetteScore.ComputeSampled(matrix.Rows, clustering.Labels, options.MaxSilhouettePoints, options.Seed);
            scores.Add(new KScore(k, silhouette, clustering.Inertia));
            LogKScored(logger, k, silhouette, clustering.Inertia);
            if (silhouette > bestSilhouette)
            {
                bestSilhouette = silhouette;
                best = clustering;
            }
        }

        // Every silhouette is NaN only when k-means collapsed to one cluster each time.
        best ??= clusterer.Fit(matrix.Rows, options.KMin, options.Seed);
        StabilityReport stability = MeasureStability(clusterer, matrix, best, options);
        int[] segmentIds = RelabelBySize(best.Labels);
        IReadOnlyList<SegmentProfile> segments = SegmentProfiler.Profile(customers, segmentIds, options.CustomerNoun);
        var projection = PrincipalComponents.Fit(matrix.Rows, Math.Min(2, matrix.Dimensions));
        CustomerAssignment[] assignments = customers
            .Select((customer, index) => new CustomerAssignment(
                customer.CustomerId,
                segmentIds[index],
                projection.Projection[index][0],
                projection.Projection[index].Length > 1 ? projection.Projection[index][1] : 0))
            .ToArray();

        LogSegmented(logger, customers.Count, best.K, bestSilhouette, stability.Mean, stopwatch.ElapsedMilliseconds);
        return new SegmentationResult(
            date,
            matrix.FeatureNames,
            scores,
            best.K,
            bestSilhouette,
            stability,
            segments,
            assignments,
            projection.ExplainedVarianceRatios);
    }

    private static StabilityReport MeasureStability(
        KMeansClusterer clusterer,
        FeatureMatrix matrix,
        KMeansClustering chosen,
        SegmentationOptions options)
    {
        int[] seeds = Enumerable.Range(1, options.StabilityRuns).Select(offset => unchecked(options.Seed + offset)).ToArray();
        double[] indexes = seeds
            .Select(seed => AdjustedRandIndex.Compute(chosen.Labels, clusterer.Fit(matrix.Rows, chosen.K, seed).Labels))
            .ToArray();
        return new StabilityReport(seeds, indexes, indexes.Average(), indexes.Min());
    }

    /// <summary>
    /// Renumbers clusters from 1 by size, largest first, with ties broken by the first customer in
    /// each, so that ids do not depend on k-means' arbitrary numbering.
    /// </summary>
    internal static int[] RelabelBySize(IReadOnlyList<int> labels)
    {
        int[] order = labels
            .Select((label, index) => (label, index))
            .GroupBy(entry => entry.label)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Min(entry => entry.index))
            .Select(group => group.Key)
            .ToArray();
        var idByLabel = new Dictionary<int, int>();
        for (int i = 0; i < order.Length; i++)
        {
            idByLabel[order[i]] = i + 1;
        }

        return labels.Select(label => idByLabel[label]).ToArray();
    }
}
