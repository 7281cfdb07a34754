namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The influencing factors: what drives buying again, what drives the rating, and which genres each
/// segment over- or under-buys.
/// </summary>
/// <param name="Computed">The run that computed the factors.</param>
/// <param name="Repeat">
/// The repeat-purchase factors; null when the data cannot train that model (see <paramref
/// name="Skipped"/>).
/// </param>
/// <param name="Rating">
/// The rating-model factors; null when the data is too small (see <paramref name="Skipped"/>).
/// </param>
/// <param name="CategoryLifts">The lift of every genre in every segment, by segment and then by lift.</param>
/// <param name="Skipped">Why a part was left out, one sentence per part; empty when none was.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.FactorsResult")]
public sealed record FactorsResult(
    [property: Id(0)] AnalyticsResultInfo Computed,
    [property: Id(1)] RepeatFactorsResult? Repeat,
    [property: Id(2)] RatingFactorsResult? Rating,
    [property: Id(3)] IReadOnlyList<CategoryLiftResult> CategoryLifts,
    [property: Id(4)] IReadOnlyList<string> Skipped);
