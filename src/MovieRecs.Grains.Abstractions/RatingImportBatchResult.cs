namespace MovieRecs.Grains.Abstractions;

/// <summary>What the cluster did with one batch of a bulk import.</summary>
/// <param name="RatingsWritten">The ratings sent to the system of record's merge.</param>
/// <param name="UsersReloaded">The distinct users whose grains reloaded their ratings.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RatingImportBatchResult")]
public sealed record RatingImportBatchResult(
    [property: Id(0)] int RatingsWritten,
    [property: Id(1)] int UsersReloaded);
