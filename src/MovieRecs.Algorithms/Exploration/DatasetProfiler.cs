using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Exploration;

/// <summary>Computes the <see cref="DatasetProfile"/> of a catalogue and its ratings.</summary>
public static partial class DatasetProfiler
{
    /// <summary>The default number of user and movie blocks of the density grid.</summary>
    public const int DefaultDensityBins = 40;

    /// <summary>The default number of most rated movies the profile lists.</summary>
    public const int DefaultMostRatedCount = 20;

    private const double TopMoviesFraction = 0.01;

    /// <summary>Computes the profile of a loaded data set.</summary>
    public static DatasetProfile Compute(
        MovieLensDataset dataset,
        int densityBins = DefaultDensityBins,
        int mostRatedCount = DefaultMostRatedCount)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Compute(dataset.Movies, dataset.Ratings, densityBins, mostRatedCount);
    }

    /// <summary>
    /// Computes the profile of a catalogue and ratings that passed validation. Rated movies missing
    /// from the catalogue count as movies too, as in <see cref="RatingMatrix"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="densityBins"/> or <paramref name="mostRatedCount"/> is zero or negative.
    /// </exception>
    /// <exception cref="ArgumentException">A (user, movie) pair is rated twice.</exception>
    public static DatasetProfile Compute(
        IReadOnlyList<Movie> movies,
        IReadOnlyList<Rating> ratings,
        int densityBins = DefaultDensityBins,
        int mostRatedCount = DefaultMostRatedCount)
    {
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(densityBins);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mostRatedCount);

        var matrix = RatingMatrix.Build(ratings, movies.Select(movie => movie.MovieId));
        int[] userCounts = RowCounts(matrix.ByUser);
        int[] movieCounts = RowCounts(matrix.ByItem);
        bool any = ratings.Count > 0;
        (IReadOnlyList<GenreStatistics> genres, IReadOnlyList<IReadOnlyList<int>> cooccurrence) =
            GenreFigures(movies, matrix);

        return new DatasetProfile(
            matrix.Users.Count,
            matrix.Items.Count,
            movieCounts.Count(count => count > 0),
            ratings.Count,
            100.0 * matrix.Sparsity,
            any ? DateTimeOffset.FromUnixTimeSeconds(ratings.Min(rating => rating.Timestamp)) : null,
            any ? DateTimeOffset.FromUnixTimeSeconds(ratings.Max(rating => rating.Timestamp)) : null,
            matrix.GlobalMean,
            Histogram(ratings),
            RankFrequency(userCounts),
            RankFrequency(movieCounts.Where(count => count > 0).ToArray()),
            PerMonth(ratings),
            ByHour(ratings),
            ByWeekday(ratings),
            genres,
            cooccurrence,
            Density(matrix, userCounts, movieCounts, densityBins),
            TopMoviesShare(movieCounts, ratings.Count),
            MostRated(matrix, movieCounts, movies, mostRatedCount));
    }

    private static int[] RowCounts(CsrMatrix matrix)
    {
        var counts = new int[matrix.RowCount];
        for (int row = 0; row < counts.Length; row++)
        {
            counts[row] = matrix.RowLength(row);
        }

        return counts;
    }

    private static RatingValueCount[] Histogram(IReadOnlyList<Rating> ratings)
    {
        // Validated ratings lie on the half-star grid, so doubling them gives the bin index 1..10.
        var counts = new int[11];
        foreach (Rating rating in ratings)
        {
            int bin = (int)Math.Round(rating.Value * 2, MidpointRounding.AwayFromZero);
            counts[Math.Clamp(bin, 1, 10)]++;
        }

        return Enumerable.Range(1, 10).Select(bin => new RatingValueCount(bin / 2.0, counts[bin])).ToArray();
    }

    private static MonthlyCount[] PerMonth(IReadOnlyList<Rating> ratings)
    {
        if (ratings.Count == 0)
        {
            return [];
        }

        var counts = new Dictionary<int, int>();
        foreach (Rating rating in ratings)
        {
            int month = MonthIndex(DateTimeOffset.FromUnixTimeSeconds(rating.Timestamp));
            counts[month] = counts.GetValueOrDefault(month) + 1;
        }

        int first = counts.Keys.Min();
        int last = counts.Keys.Max();
        return Enumerable.Range(first, last - first + 1)
            .Select(month => new MonthlyCount(month / 12, (month % 12) + 1, counts.GetValueOrDefault(month)))
            .ToArray();
    }

    private static int MonthIndex(DateTimeOffset time) => (time.Year * 12) + time.Month - 1;

    private static int[] ByHour(IReadOnlyList<Rating> ratings)
    {
        var counts = new int[24];
        foreach (Rating rating in ratings)
        {
            counts[DateTimeOffset.FromUnixTimeSeconds(rating.Timestamp).Hour]++;
        }

        return counts;
    }

    private static int[] ByWeekday(IReadOnlyList<Rating> ratings)
    {
        var counts = new int[7];
        foreach (Rating rating in ratings)
        {
            // DayOfWeek counts from Sunday = 0; shifting by six puts Monday first.
            DayOfWeek day = DateTimeOffset.FromUnixTimeSeconds(rating.Timestamp).DayOfWeek;
            counts[((int)day + 6) % 7]++;
        }

        return counts;
    }

    private static double TopMoviesShare(int[] movieCounts, int ratingCount)
    {
        if (ratingCount == 0)
        {
            return 0;
        }

        int top = Math.Max(1, (int)Math.Ceiling(movieCounts.Length * TopMoviesFraction));
        long topRatings = movieCounts.OrderDescending().Take(top).Sum(count => (long)count);
        return (double)topRatings / ratingCount;
    }

    private static MovieRatingCount[] MostRated(
        RatingMatrix matrix,
        int[] movieCounts,
        IReadOnlyList<Movie> movies,
        int count)
    {
        var titles = movies.ToDictionary(movie => movie.MovieId, movie => movie.Title);
        return Enumerable.Range(0, movieCounts.Length)
            .Where(item => movieCounts[item] > 0)
            .Select(item => (MovieId: matrix.Items.GetId(item), Ratings: movieCounts[item]))
            .OrderByDescending(movie => movie.Ratings)
            .ThenBy(movie => movie.MovieId)
            .Take(count)
            .Select(movie => new MovieRatingCount(
                movie.MovieId,
                titles.GetValueOrDefault(movie.MovieId) ?? $"movie {movie.MovieId}",
                movie.Ratings))
            .ToArray();
    }
}
