namespace MovieRecs.Algorithms.Data;

/// <summary>
/// Validates the rows of one file in the ratings.csv format: ids, the half-star rating, the
/// timestamp, the movie against the catalogue, and a second rating of the same (user, movie).
/// Each row is counted on the file's report as kept or as skipped with its first problem.
/// </summary>
/// <remarks>
/// The first rating of a (user, movie) pair is kept and later ones are skipped, so the validator
/// keeps one entry per kept row, about 28 bytes each (an estimate from the dictionary's layout).
/// </remarks>
internal sealed class RatingRowValidator(IReadOnlySet<int> movieIds, long maxTimestamp)
{
    // Keyed by a tuple, not by (userId << 32 | movieId): long.GetHashCode XORs the two halves, which
    // collides heavily for small user ids and made this lookup the slowest step of the load.
    private readonly Dictionary<(int UserId, int MovieId), long> _lineByPair = [];

    /// <summary>
    /// Validates the current row of <paramref name="file"/> and counts it as kept or skipped.
    /// </summary>
    /// <returns><see langword="true"/> when the row is kept, with the rating it contains.</returns>
    public bool Validate(MovieLensCsvFile file, out Rating rating)
    {
        if (TryReadRating(file, maxTimestamp, out rating) is { } issue)
        {
            file.SkipRow(issue);
            return false;
        }

        if (!movieIds.Contains(rating.MovieId))
        {
            file.SkipRow(MovieLensLoader.UnknownMovie(rating.MovieId, "rating"));
            return false;
        }

        var pair = (rating.UserId, rating.MovieId);
        if (_lineByPair.TryGetValue(pair, out long firstLine))
        {
            string value = MovieLensFields.Describe(file.GetSpan(2));
            string[] columns = MovieLensLoader.RatingColumns;
            string message =
                $"{columns[0]} {rating.UserId} already rated {columns[1]} {rating.MovieId} at line " +
                $"{firstLine}, so this later rating '{value}' is skipped.";
            file.SkipRow(new RowIssue(LoadIssueKind.DuplicateRating, columns[2], value, message));
            return false;
        }

        _lineByPair.Add(pair, file.LineNumber);
        file.KeepRow();
        return true;
    }

    private static RowIssue? TryReadRating(MovieLensCsvFile file, long maxTimestamp, out Rating rating)
    {
        rating = default;
        string[] columns = MovieLensLoader.RatingColumns;
        if (MovieLensFields.TryParseId(file.GetSpan(0), columns[0], out int userId) is { } userIssue)
        {
            return userIssue;
        }

        if (MovieLensFields.TryParseId(file.GetSpan(1), columns[1], out int movieId) is { } movieIssue)
        {
            return movieIssue;
        }

        if (MovieLensFields.TryParseRating(file.GetSpan(2), columns[2], out double value) is { } ratingIssue)
        {
            return ratingIssue;
        }

        if (MovieLensFields.TryParseTimestamp(file.GetSpan(3), columns[3], maxTimestamp, out long timestamp)
            is { } timeIssue)
        {
            return timeIssue;
        }

        rating = new Rating(userId, movieId, value, timestamp);
        return null;
    }
}
