namespace MovieRecs.Algorithms.Data;

/// <summary>The identifiers of a movie on IMDb and TMDb.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="ImdbId">The IMDb id digits as written in links.csv, leading zeros kept ("0114709").</param>
/// <param name="TmdbId">The TMDb id, or <see langword="null"/> where links.csv leaves it empty.</param>
public sealed record MovieLink(int MovieId, string ImdbId, int? TmdbId);
