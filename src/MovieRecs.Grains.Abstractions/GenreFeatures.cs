namespace MovieRecs.Grains.Abstractions;

/// <summary>A movie's genre one-hot vector over the catalogue's genre vocabulary.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Vocabulary">
/// Every genre label of the catalogue in ordinal order, "(no genres listed)" included.
/// </param>
/// <param name="Values">
/// One entry per label of <paramref name="Vocabulary"/>: 1 where the movie carries the genre, else
/// 0.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.GenreFeatures")]
public sealed record GenreFeatures(
    [property: Id(0)] int MovieId,
    [property: Id(1)] IReadOnlyList<string> Vocabulary,
    [property: Id(2)] IReadOnlyList<double> Values);
