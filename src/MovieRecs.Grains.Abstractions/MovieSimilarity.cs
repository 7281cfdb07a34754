namespace MovieRecs.Grains.Abstractions;

/// <summary>A neighbor in an item's neighbor list: the other movie and their similarity.</summary>
/// <remarks>
/// A struct rather than a record class because the cluster stores one entry per neighbor, up to a
/// few hundred per movie and metric, and arrays of structs keep those lists free of per-entry
/// objects.
/// </remarks>
/// <param name="MovieId">The neighbor's MovieLens movie id.</param>
/// <param name="Similarity">The similarity in [-1, 1].</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.MovieSimilarity")]
public readonly record struct MovieSimilarity(
    [property: Id(0)] int MovieId,
    [property: Id(1)] double Similarity);
