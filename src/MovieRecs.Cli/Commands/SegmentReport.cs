using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Cli.Commands;

/// <summary>What `segment --json` writes: the run's settings, every k's score, the segments and the customers.</summary>
internal sealed record SegmentReport(
    string Source,
    int CustomerCount,
    DateTimeOffset AsOf,
    int Seed,
    int KMin,
    int KMax,
    IReadOnlyList<string> Features,
    double Silhouette,
    IReadOnlyList<KScore> SilhouetteByK,
    int K,
    StabilityReport Stability,
    IReadOnlyList<SegmentProfile> Segments,
    IReadOnlyList<double> ExplainedVariance,
    IReadOnlyList<CustomerAssignment> Customers,
    double ElapsedSeconds)
{
    /// <summary>Creates the report of a run.</summary>
    public static SegmentReport From(string source, SegmentationOptions options, SegmentationResult result, TimeSpan elapsed) => new(
        source,
        result.Customers.Count,
        result.AsOf,
        options.Seed,
        options.KMin,
        options.KMax,
        result.FeatureNames,
        result.Silhouette,
        result.SilhouetteByK,
        result.K,
        result.Stability,
        result.Segments,
        result.ExplainedVariance,
        result.Customers,
        elapsed.TotalSeconds);
}
