namespace MovieRecs.Algorithms.Exploration;

/// <summary>
/// The user x movie rating matrix shrunk to a grid of blocks. Rows are users and columns are
/// catalogue movies, both sorted by rating count, largest first. Each cell is the share of the
/// block's (user, movie) cells that contain a rating.
/// </summary>
/// <param name="UserBins">The number of row blocks; each holds the same number of users, give or take one.</param>
/// <param name="MovieBins">The number of column blocks; each holds the same number of movies, give or take one.</param>
/// <param name="Density">
/// The share of filled cells, in [0, 1], indexed [user block][movie block]; block 0 holds the most
/// active users or the most rated movies.
/// </param>
public sealed record DensityGrid(int UserBins, int MovieBins, IReadOnlyList<IReadOnlyList<double>> Density);
