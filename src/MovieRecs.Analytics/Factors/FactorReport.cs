namespace MovieRecs.Analytics.Factors;

/// <summary>
/// The influencing factors of a purchase log: what drives buying again, what drives the amount (the
/// rating on MovieLens), and which categories each segment over- or under-buys.
/// </summary>
/// <param name="Repeat">
/// The repeat-purchase factors, or null when the log cannot train that model (see <paramref
/// name="Skipped"/>).
/// </param>
/// <param name="Rating">
/// The rating-model factors, or null when the log is too small (see <paramref name="Skipped"/>).
/// </param>
/// <param name="Segments">The segments of the whole log that the lifts refer to, largest first.</param>
/// <param name="Silhouette">The silhouette of that segmentation.</param>
/// <param name="CategoryLifts">The lift of every category in every segment, by segment and then by lift.</param>
/// <param name="Skipped">Why a part was left out, one sentence per part; empty when none was.</param>
/// <param name="ElapsedSeconds">The wall-clock time of the analysis.</param>
public sealed record FactorReport(
    RepeatFactorReport? Repeat,
    RatingFactorReport? Rating,
    IReadOnlyList<SegmentSummary> Segments,
    double Silhouette,
    IReadOnlyList<CategoryLift> CategoryLifts,
    IReadOnlyList<string> Skipped,
    double ElapsedSeconds);
