namespace MovieRecs.Algorithms.Data;

/// <summary>
/// A movie of the catalogue: its MovieLens id, its title as published, the release year parsed
/// from the title where the title ends with one, and its genre labels in file order.
/// </summary>
/// <param name="MovieId">The MovieLens movie id, a positive integer.</param>
/// <param name="Title">The title including the trailing "(year)" where the file has one.</param>
/// <param name="Year">The release year, or <see langword="null"/> when the title carries none.</param>
/// <param name="Genres">The genre labels; "(no genres listed)" is kept as a label of its own.</param>
public sealed record Movie(int MovieId, string Title, int? Year, IReadOnlyList<string> Genres);
