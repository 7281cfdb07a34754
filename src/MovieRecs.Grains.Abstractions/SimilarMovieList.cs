namespace MovieRecs.Grains.Abstractions;

/// <summary>The movies most similar to one movie under one similarity function.</summary>
/// <param name="MovieId">The MovieLens movie id the list belongs to.</param>
/// <param name="Title">That movie's title.</param>
/// <param name="Metric">The similarity function, "cosine" or "pearson".</param>
/// <param name="Version">The version of the similarity build the list comes from.</param>
/// <param name="Items">The similar movies, strongest first.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SimilarMovieList")]
public sealed record SimilarMovieList(
    [property: Id(0)] int MovieId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Metric,
    [property: Id(3)] long Version,
    [property: Id(4)] IReadOnlyList<SimilarMovie> Items);
