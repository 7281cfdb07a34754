using System.Globalization;

namespace MovieRecs.Algorithms.Data;

public static partial class MovieLensLoader
{
    private const string MovieIdColumn = "movieId";
    private const string UserIdColumn = "userId";
    private const string TimestampColumn = "timestamp";

    private static readonly string[] MovieColumns = [MovieIdColumn, "title", "genres"];
    internal static readonly string[] RatingColumns = [UserIdColumn, MovieIdColumn, "rating", TimestampColumn];
    private static readonly string[] TagColumns = [UserIdColumn, MovieIdColumn, "tag", TimestampColumn];
    private static readonly string[] LinkColumns = [MovieIdColumn, "imdbId", "tmdbId"];

    private static List<Movie> LoadMovies(MovieLensCsvFile file, LoadContext context)
    {
        var movies = new List<Movie>();
        var lineByMovieId = new Dictionary<int, long>();
        var genreLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        while (file.ReadRow())
        {
            if (MovieLensFields.TryParseId(file.GetSpan(0), MovieIdColumn, out int movieId) is { } idIssue)
            {
                file.SkipRow(idIssue);
                continue;
            }

            string title = file.GetString(1);
            if (string.IsNullOrWhiteSpace(title))
            {
                file.SkipRow(MovieLensFields.Malformed(MovieColumns[1], file.GetSpan(1), "is empty"));
                continue;
            }

            if (lineByMovieId.TryGetValue(movieId, out long firstLine))
            {
                string message =
                    $"{MovieIdColumn} '{movieId}' already occurred at line {firstLine}, " +
                    $"so this row ('{MovieLensFields.Shorten(title)}') is skipped.";
                string value = movieId.ToString(CultureInfo.InvariantCulture);
                file.SkipRow(new RowIssue(LoadIssueKind.DuplicateMovie, MovieIdColumn, value, message));
                continue;
            }

            lineByMovieId.Add(movieId, file.LineNumber);
            int? year = MovieLensFields.ParseYear(title, context.MaxYear);
            movies.Add(new Movie(movieId, title, year, SplitGenres(file.GetString(2), genreLabels)));
            if (title.Contains('\uFFFD', StringComparison.Ordinal))
            {
                string shown = MovieLensFields.Shorten(title);
                file.FixRow(new RowIssue(
                    LoadIssueKind.InvalidEncoding,
                    MovieColumns[1],
                    shown,
                    $"title '{shown}' has bytes that are not UTF-8, so each is replaced by U+FFFD; the file may be in " +
                    "Latin-1, which `iconv -f latin1 -t utf-8` converts."));
            }
            else
            {
                file.KeepRow();
            }
        }

        return movies;
    }

    // Genre labels repeat across thousands of movies, so each distinct label is stored once.
    private static string[] SplitGenres(string genres, Dictionary<string, string> labels)
    {
        string[] parts = genres.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            if (!labels.TryGetValue(parts[i], out string? label))
            {
                label = parts[i];
                labels.Add(label, label);
            }

            parts[i] = label;
        }

        return parts;
    }

    private static List<Rating> LoadRatings(MovieLensCsvFile file, LoadContext context, HashSet<int> movieIds)
    {
        var ratings = new List<Rating>();
        var validator = new RatingRowValidator(movieIds, context.MaxTimestamp);
        while (file.ReadRow())
        {
            if (validator.Validate(file, out Rating rating))
            {
                ratings.Add(rating);
            }
        }

        return ratings;
    }

    private static List<MovieTag> LoadTags(MovieLensCsvFile file, LoadContext context, HashSet<int> movieIds)
    {
        var tags = new List<MovieTag>();
        while (file.ReadRow())
        {
            if (TryReadTag(file, context.MaxTimestamp, out MovieTag? tag) is { } issue)
            {
                file.SkipRow(issue);
                continue;
            }

            if (!movieIds.Contains(tag!.MovieId))
            {
                file.SkipRow(UnknownMovie(tag.MovieId, "tag"));
                continue;
            }

            tags.Add(tag);
            file.KeepRow();
        }

        return tags;
    }

    private static RowIssue? TryReadTag(MovieLensCsvFile file, long maxTimestamp, out MovieTag? tag)
    {
        tag = null;
        if (MovieLensFields.TryParseId(file.GetSpan(0), UserIdColumn, out int userId) is { } userIssue)
        {
            return userIssue;
        }

        if (MovieLensFields.TryParseId(file.GetSpan(1), MovieIdColumn, out int movieId) is { } movieIssue)
        {
            return movieIssue;
        }

        string text = file.GetString(2);
        if (string.IsNullOrWhiteSpace(text))
        {
            return MovieLensFields.Malformed(TagColumns[2], file.GetSpan(2), "is empty");
        }

        ReadOnlySpan<byte> timestampText = file.GetSpan(3);
        if (MovieLensFields.TryParseTimestamp(timestampText, TimestampColumn, maxTimestamp, out long timestamp)
            is { } timeIssue)
        {
            return timeIssue;
        }

        tag = new MovieTag(userId, movieId, text, timestamp);
        return null;
    }

    private static List<MovieLink> LoadLinks(MovieLensCsvFile file, LoadContext context, HashSet<int> movieIds)
    {
        var links = new List<MovieLink>();
        var lineByMovieId = new Dictionary<int, long>();
        while (file.ReadRow())
        {
            if (TryReadLink(file, out MovieLink? link) is { } issue)
            {
                file.SkipRow(issue);
                continue;
            }

            if (!movieIds.Contains(link!.MovieId))
            {
                file.SkipRow(UnknownMovie(link.MovieId, "link"));
                continue;
            }

            if (lineByMovieId.TryGetValue(link.MovieId, out long firstLine))
            {
                string message =
                    $"{MovieIdColumn} '{link.MovieId}' already has a link at line {firstLine}, " +
                    $"so this link (imdbId '{link.ImdbId}') is skipped.";
                string value = link.MovieId.ToString(CultureInfo.InvariantCulture);
                file.SkipRow(new RowIssue(LoadIssueKind.DuplicateLink, MovieIdColumn, value, message));
                continue;
            }

            lineByMovieId.Add(link.MovieId, file.LineNumber);
            links.Add(link);
            file.KeepRow();
        }

        return links;
    }

    private static RowIssue? TryReadLink(MovieLensCsvFile file, out MovieLink? link)
    {
        link = null;
        if (MovieLensFields.TryParseId(file.GetSpan(0), MovieIdColumn, out int movieId) is { } movieIssue)
        {
            return movieIssue;
        }

        // IMDb ids are digit strings whose leading zeros matter ("0114709"), so they stay text.
        string imdbId = file.GetString(1);
        if (imdbId.Length == 0 || !imdbId.All(char.IsAsciiDigit))
        {
            return MovieLensFields.Malformed(LinkColumns[1], file.GetSpan(1), "is not a string of digits");
        }

        int? tmdbId = null;
        ReadOnlySpan<byte> tmdbText = file.GetSpan(2);
        if (!tmdbText.IsEmpty)
        {
            if (MovieLensFields.TryParseId(tmdbText, LinkColumns[2], out int parsedTmdbId) is { } tmdbIssue)
            {
                return tmdbIssue;
            }

            tmdbId = parsedTmdbId;
        }

        link = new MovieLink(movieId, imdbId, tmdbId);
        return null;
    }

    internal static RowIssue UnknownMovie(int movieId, string rowKind)
    {
        string value = movieId.ToString(CultureInfo.InvariantCulture);
        string message = $"{MovieIdColumn} '{value}' is not in {MoviesFile}, so the {rowKind} is skipped.";
        return new RowIssue(LoadIssueKind.UnknownMovie, MovieIdColumn, value, message);
    }
}
