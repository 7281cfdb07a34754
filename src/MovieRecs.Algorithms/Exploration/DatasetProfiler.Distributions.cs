using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Exploration;

/// <summary>The long-tail curves, the genre figures and the density grid of a profile.</summary>
public static partial class DatasetProfiler
{
    // 50 points per power of ten keep every rank below about 22 and about 200 points for 10,000
    // movies, enough for a smooth log-log curve.
    private const int PointsPerDecade = 50;

    /// <summary>
    /// Sorts the counts largest first and keeps the ranks 10^(i / 50) rounded up, for i = 0, 1,
    /// ..., and the last rank.
    /// </summary>
    internal static RankedCount[] RankFrequency(int[] counts)
    {
        int[] sorted = counts.OrderDescending().ToArray();
        var points = new List<RankedCount>();
        int previous = 0;
        for (int step = 0; ; step++)
        {
            int rank = (int)Math.Ceiling(Math.Pow(10, (double)step / PointsPerDecade) - 1e-9);
            if (rank > sorted.Length)
            {
                break;
            }

            if (rank > previous)
            {
                points.Add(new RankedCount(rank, sorted[rank - 1]));
                previous = rank;
            }
        }

        if (sorted.Length > 0 && previous < sorted.Length)
        {
            points.Add(new RankedCount(sorted.Length, sorted[^1]));
        }

        return points.ToArray();
    }

    private static (IReadOnlyList<GenreStatistics> Genres, IReadOnlyList<IReadOnlyList<int>> Cooccurrence) GenreFigures(
        IReadOnlyList<Movie> movies,
        RatingMatrix matrix)
    {
        string[] labels = movies
            .SelectMany(movie => movie.Genres)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int position = 0; position < labels.Length; position++)
        {
            index[labels[position]] = position;
        }

        var movieCounts = new int[labels.Length];
        var ratingCounts = new int[labels.Length];
        var ratingSums = new double[labels.Length];
        var cooccurrence = new int[labels.Length][];
        for (int position = 0; position < labels.Length; position++)
        {
            cooccurrence[position] = new int[labels.Length];
        }

        foreach (Movie movie in movies)
        {
            int[] genres = movie.Genres.Select(genre => index[genre]).Distinct().ToArray();
            int ratingCount = 0;
            double ratingSum = 0;
            if (matrix.Items.TryGetIndex(movie.MovieId, out int item))
            {
                ratingCount = matrix.ItemRatingCount(item);
                foreach (double value in matrix.ByItem.RowValues(item))
                {
                    ratingSum += value;
                }
            }

            foreach (int genre in genres)
            {
                movieCounts[genre]++;
                ratingCounts[genre] += ratingCount;
                ratingSums[genre] += ratingSum;
                foreach (int other in genres)
                {
                    cooccurrence[genre][other]++;
                }
            }
        }

        GenreStatistics[] statistics = Enumerable.Range(0, labels.Length)
            .Select(genre => new GenreStatistics(
                labels[genre],
                movieCounts[genre],
                ratingCounts[genre],
                ratingCounts[genre] == 0 ? null : ratingSums[genre] / ratingCounts[genre]))
            .ToArray();
        return (statistics, cooccurrence);
    }

    private static DensityGrid Density(RatingMatrix matrix, int[] userCounts, int[] movieCounts, int bins)
    {
        int[] userBin = BinsByCount(userCounts, bins, out int userBins, out int[] usersPerBin);
        int[] movieBin = BinsByCount(movieCounts, bins, out int movieBins, out int[] moviesPerBin);
        var filled = new long[userBins, movieBins];
        for (int user = 0; user < matrix.Users.Count; user++)
        {
            foreach (int item in matrix.ByUser.RowIndices(user))
            {
                filled[userBin[user], movieBin[item]]++;
            }
        }

        var density = new IReadOnlyList<double>[userBins];
        for (int row = 0; row < userBins; row++)
        {
            var cells = new double[movieBins];
            for (int column = 0; column < movieBins; column++)
            {
                cells[column] = (double)filled[row, column] / ((long)usersPerBin[row] * moviesPerBin[column]);
            }

            density[row] = cells;
        }

        return new DensityGrid(userBins, movieBins, density);
    }

    /// <summary>
    /// Sorts indices by count, largest first and then by index, and deals them into at most
    /// <paramref name="maxBins"/> contiguous bins whose sizes differ by at most one. Returns the bin
    /// of each index.
    /// </summary>
    private static int[] BinsByCount(int[] counts, int maxBins, out int binCount, out int[] binSizes)
    {
        int[] order = Enumerable.Range(0, counts.Length)
            .OrderByDescending(position => counts[position])
            .ThenBy(position => position)
            .ToArray();
        binCount = Math.Max(1, Math.Min(maxBins, counts.Length));
        binSizes = new int[binCount];
        var binOf = new int[counts.Length];
        for (int rank = 0; rank < order.Length; rank++)
        {
            int bin = (int)((long)rank * binCount / order.Length);
            binOf[order[rank]] = bin;
            binSizes[bin]++;
        }

        // An empty matrix still gets one bin; a size of one keeps its density at 0 instead of NaN.
        for (int bin = 0; bin < binCount; bin++)
        {
            binSizes[bin] = Math.Max(1, binSizes[bin]);
        }

        return binOf;
    }
}
