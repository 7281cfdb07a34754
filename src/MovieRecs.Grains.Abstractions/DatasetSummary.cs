namespace MovieRecs.Grains.Abstractions;

/// <summary>The data set a silo loaded.</summary>
/// <param name="Directory">The directory the MovieLens files were read from.</param>
/// <param name="MovieCount">The number of movies in the catalogue.</param>
/// <param name="RatingCount">The number of ratings.</param>
/// <param name="UserCount">The number of users with at least one rating.</param>
/// <param name="Fingerprint">
/// A digest of the movie ids and ratings; silos that loaded the same data have the same
/// fingerprint.
/// </param>
/// <param name="CatalogueFingerprint">
/// A digest of the movie ids alone. Silos with the same catalogue number the items alike, so their
/// similarity shards fit together even when their ratings differ.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.DatasetSummary")]
public sealed record DatasetSummary(
    [property: Id(0)] string Directory,
    [property: Id(1)] int MovieCount,
    [property: Id(2)] int RatingCount,
    [property: Id(3)] int UserCount,
    [property: Id(4)] string Fingerprint,
    [property: Id(5)] string CatalogueFingerprint);
