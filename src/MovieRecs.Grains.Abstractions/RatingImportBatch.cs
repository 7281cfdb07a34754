namespace MovieRecs.Grains.Abstractions;

/// <summary>One batch of validated ratings of a bulk import.</summary>
/// <param name="ImportId">The import the batch belongs to, unique per request.</param>
/// <param name="BatchIndex">The batch's position in the import, from 0.</param>
/// <param name="Ratings">The ratings, at most <see cref="MaxRatings"/>.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RatingImportBatch")]
public sealed record RatingImportBatch(
    [property: Id(0)] string ImportId,
    [property: Id(1)] int BatchIndex,
    [property: Id(2)] IReadOnlyList<ImportedRating> Ratings)
{
    /// <summary>The largest number of ratings one batch may carry, so no call carries a whole file.</summary>
    public const int MaxRatings = 50_000;
}
