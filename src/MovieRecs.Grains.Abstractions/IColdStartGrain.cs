using Orleans.Concurrency;

namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// Recommends movies to a new visitor who has no account yet, from the genres they picked and a
/// few ratings. Any key works; <see cref="CatalogueKeys.Default"/> is the usual one.
/// </summary>
[Alias("MovieRecs.IColdStartGrain")]
public interface IColdStartGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Returns up to <paramref name="count"/> movies the visitor did not rate, with a reason each.
    /// With ratings, the content model ranks first, limited to the picked genres when there are
    /// any. The most rated movies of the picked genres, or of the whole catalogue without genres,
    /// fill the rest of the list.
    /// </summary>
    /// <exception cref="InvalidRequestValueException">
    /// A genre or a rated movie is not in the catalogue, or the request has neither.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is outside 1-<see cref="RecommendationLimits.MaxCount"/>.
    /// </exception>
    [Alias("Recommend")]
    [ReadOnly]
    Task<RecommendationList> RecommendAsync(ColdStartRequest request, int count);
}
