using Orleans.Concurrency;

namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// Writes the batches of a bulk rating import to the system of record inside the cluster, then
/// makes the affected user grains reload their ratings. A stateless worker: use key 0, and Orleans
/// runs as many activations as the load needs.
/// </summary>
[Alias("MovieRecs.IRatingImportGrain")]
public interface IRatingImportGrain : IGrainWithIntegerKey
{
    /// <summary>Returns the ids of the movies in the catalogue, ascending.</summary>
    [Alias("GetMovieIds")]
    [ReadOnly]
    Task<int[]> GetMovieIdsAsync();

    /// <summary>
    /// Merges one batch into the system of record, where the later timestamp of a (user, movie)
    /// wins, and returns once it is committed and every user in the batch has reloaded.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The batch is empty or over <see cref="RatingImportBatch.MaxRatings"/> ratings, or a rating
    /// names a movie outside the catalogue or lies off the half-star grid; nothing is written.
    /// </exception>
    [Alias("ImportBatch")]
    Task<RatingImportBatchResult> ImportBatchAsync(RatingImportBatch batch);
}
