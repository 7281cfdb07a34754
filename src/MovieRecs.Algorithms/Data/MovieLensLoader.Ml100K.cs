using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MovieRecs.Algorithms.Data;

public static partial class MovieLensLoader
{
    /// <summary>The MovieLens 100K ratings file: user, item, rating and timestamp, tab-separated.</summary>
    public const string Ml100KRatingsFile = "u.data";

    /// <summary>The MovieLens 100K catalogue: pipe-separated Latin-1 rows ending in 19 genre flags.</summary>
    public const string Ml100KItemsFile = "u.item";

    /// <summary>The MovieLens 100K demographics: user id, age, gender, occupation and zip code.</summary>
    public const string Ml100KUsersFile = "u.user";

    // The genre of each u.item flag, in flag order, as u.genre of the 1998 release lists them. The
    // first flag, "unknown", marks a movie without genres and becomes the label that movies.csv uses
    // for the same case, so both layouts read alike.
    private static readonly string[] Ml100KGenres =
    [
        NoGenresLabel, "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary",
        "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller",
        "War", "Western",
    ];

    private static readonly string[] Ml100KRatingColumns = ["user id", "item id", "rating", "timestamp"];

    private static readonly string[] Ml100KItemColumns =
    [
        "movie id", "movie title", "release date", "video release date", "IMDb URL",
        .. Ml100KGenres.Select(genre => genre == NoGenresLabel ? "unknown" : genre),
    ];

    private static readonly string[] Ml100KUserColumns = ["user id", "age", "gender", "occupation", "zip code"];

    private const string NoGenresLabel = "(no genres listed)";
    private const int Ml100KFlagOffset = 5;
    private const int MaxAge = 120;

    /// <summary>
    /// Returns the layout of the MovieLens files in <paramref name="directory"/>: <see cref="MovieLensFormat.Latest"/>
    /// when it has movies.csv and ratings.csv, else <see cref="MovieLensFormat.Ml100K"/> when it has
    /// u.data and u.item, else <see langword="null"/>.
    /// </summary>
    public static MovieLensFormat? DetectFormat(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (File.Exists(Path.Combine(directory, MoviesFile)) && File.Exists(Path.Combine(directory, RatingsFile)))
        {
            return MovieLensFormat.Latest;
        }

        bool has100K = File.Exists(Path.Combine(directory, Ml100KRatingsFile))
            && File.Exists(Path.Combine(directory, Ml100KItemsFile));
        return has100K ? MovieLensFormat.Ml100K : null;
    }

    // u.item's dates read like "01-Jan-1995"; the year is the fallback when the title has none.
    private static readonly string[] ReleaseDateFormats = ["dd-MMM-yyyy", "d-MMM-yyyy"];

    private static MovieLensDataset LoadMl100K(string directory, LoadContext context, Stopwatch stopwatch)
    {
        List<Movie> movies = ReadDelimited(context, Ml100KItemsFile, '|', Ml100KItemColumns, LoadMl100KItems);
        var movieIds = movies.Select(movie => movie.MovieId).ToHashSet();
        List<Rating> ratings = ReadDelimited(
            context,
            Ml100KRatingsFile,
            '\t',
            Ml100KRatingColumns,
            (file, ctx) => LoadMl100KRatings(file, ctx, movieIds));
        List<MovieLensUser> users = File.Exists(Path.Combine(directory, Ml100KUsersFile))
            ? ReadDelimited(context, Ml100KUsersFile, '|', Ml100KUserColumns, (file, _) => LoadMl100KUsers(file))
            : AbsentUsers(context);

        var report = new LoadReport(directory, context.Files, context.Issues);
        var dataset = new MovieLensDataset(movies, ratings, [], [], report, users);
        LogLoadCompleted(
            context.Logger,
            dataset.Movies.Count,
            dataset.Ratings.Count,
            dataset.UserCount,
            0,
            0,
            report.Issues.Count,
            directory,
            stopwatch.ElapsedMilliseconds);
        return dataset;
    }

    private static List<MovieLensUser> AbsentUsers(LoadContext context)
    {
        context.Files.Add(FileLoadReport.Absent(Ml100KUsersFile));
        LogOptionalFileAbsent(context.Logger, Ml100KUsersFile, context.Directory);
        return [];
    }

    private static List<T> ReadDelimited<T>(
        LoadContext context,
        string file,
        char separator,
        string[] columns,
        Func<DelimitedFile, LoadContext, List<T>> readRows)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = new FileReportBuilder(file, context.Issues);
        List<T> rows;
        using (DelimitedFile delimited = DelimitedFile.Open(
            Path.Combine(context.Directory, file),
            separator,
            Encoding.Latin1,
            columns,
            report))
        {
            rows = readRows(delimited, context);
        }

        FileLoadReport counts = report.Build();
        context.Files.Add(counts);
        LogFileRead(
            context.Logger,
            file,
            counts.RowsRead,
            counts.RowsKept + counts.RowsFixed,
            counts.RowsSkipped,
            stopwatch.ElapsedMilliseconds);
        foreach ((LoadIssueKind kind, long count, LoadIssue first) in report.SkippedSummary)
        {
            LogRowsSkipped(context.Logger, file, count, kind, first.Line, first.Message);
        }

        return rows;
    }

    private static List<Movie> LoadMl100KItems(DelimitedFile file, LoadContext context)
    {
        var movies = new List<Movie>();
        var lineByMovieId = new Dictionary<int, long>();
        while (file.ReadRow())
        {
            if (MovieLensFields.TryParseId(file.GetSpan(0), Ml100KItemColumns[0], out int movieId) is { } idIssue)
            {
                file.SkipRow(idIssue);
                continue;
            }

            string title = file.GetString(1).Trim();
            if (title.Length == 0)
            {
                file.SkipRow(MovieLensFields.Malformed(Ml100KItemColumns[1], file.GetSpan(1), "is empty"));
                continue;
            }

            if (lineByMovieId.TryGetValue(movieId, out long firstLine))
            {
                string value = movieId.ToString(CultureInfo.InvariantCulture);
                string message =
                    $"{Ml100KItemColumns[0]} '{value}' already occurred at line {firstLine}, " +
                    $"so this row ('{MovieLensFields.Shorten(title)}') is skipped.";
                file.SkipRow(new RowIssue(LoadIssueKind.DuplicateMovie, Ml100KItemColumns[0], value, message));
                continue;
            }

            if (TryReadGenreFlags(file, out string[] genres) is { } flagIssue)
            {
                file.SkipRow(flagIssue);
                continue;
            }

            lineByMovieId.Add(movieId, file.LineNumber);
            int? year = MovieLensFields.ParseYear(title, context.MaxYear);
            RowIssue? dateIssue = null;
            if (year is null)
            {
                year = ParseReleaseYear(file.GetString(2), context.MaxYear, out dateIssue);
            }

            movies.Add(new Movie(movieId, title, year, genres));
            if (dateIssue is { } correction)
            {
                file.FixRow(correction);
            }
            else
            {
                file.KeepRow();
            }
        }

        return movies;
    }

    private static RowIssue? TryReadGenreFlags(DelimitedFile file, out string[] genres)
    {
        var labels = new List<string>(3);
        for (int i = 0; i < Ml100KGenres.Length; i++)
        {
            ReadOnlySpan<byte> flag = file.GetSpan(Ml100KFlagOffset + i);
            if (flag.SequenceEqual("1"u8))
            {
                labels.Add(Ml100KGenres[i]);
            }
            else if (!flag.SequenceEqual("0"u8))
            {
                genres = [];
                return MovieLensFields.Malformed(Ml100KItemColumns[Ml100KFlagOffset + i], flag, "is not a 0 or 1 flag");
            }
        }

        // A movie flagged "unknown" and with real genres too keeps only the real ones.
        if (labels.Count > 1)
        {
            labels.Remove(NoGenresLabel);
        }

        genres = labels.ToArray();
        return null;
    }

    private static int? ParseReleaseYear(string releaseDate, int maxYear, out RowIssue? issue)
    {
        issue = null;
        string trimmed = releaseDate.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        bool parsed = DateTime.TryParseExact(
            trimmed,
            ReleaseDateFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out DateTime date);
        if (parsed && date.Year >= MovieLensFields.MinYear && date.Year <= maxYear)
        {
            return date.Year;
        }

        string column = Ml100KItemColumns[2];
        string value = MovieLensFields.Shorten(trimmed);
        issue = new RowIssue(
            LoadIssueKind.MalformedRow,
            column,
            value,
            $"{column} '{value}' is not a date such as 01-Jan-1995 between {MovieLensFields.MinYear} and " +
            $"{maxYear}, so the movie is kept without a release year.");
        return null;
    }

    private static List<Rating> LoadMl100KRatings(DelimitedFile file, LoadContext context, HashSet<int> movieIds)
    {
        var ratings = new List<Rating>(100_000);
        var lineByPair = new Dictionary<(int UserId, int MovieId), long>();
        string[] columns = Ml100KRatingColumns;
        while (file.ReadRow())
        {
            if (TryReadMl100KRating(file, context.MaxTimestamp, out Rating rating) is { } issue)
            {
                file.SkipRow(issue);
                continue;
            }

            if (!movieIds.Contains(rating.MovieId))
            {
                string value = rating.MovieId.ToString(CultureInfo.InvariantCulture);
                string message = $"{columns[1]} '{value}' is not in {Ml100KItemsFile}, so the rating is skipped.";
                file.SkipRow(new RowIssue(LoadIssueKind.UnknownMovie, columns[1], value, message));
                continue;
            }

            var pair = (rating.UserId, rating.MovieId);
            if (lineByPair.TryGetValue(pair, out long firstLine))
            {
                string value = MovieLensFields.Describe(file.GetSpan(2));
                string message =
                    $"{columns[0]} {rating.UserId} already rated {columns[1]} {rating.MovieId} at line " +
                    $"{firstLine}, so this later rating '{value}' is skipped.";
                file.SkipRow(new RowIssue(LoadIssueKind.DuplicateRating, columns[2], value, message));
                continue;
            }

            lineByPair.Add(pair, file.LineNumber);
            ratings.Add(rating);
            file.KeepRow();
        }

        return ratings;
    }

    private static RowIssue? TryReadMl100KRating(DelimitedFile file, long maxTimestamp, out Rating rating)
    {
        rating = default;
        string[] columns = Ml100KRatingColumns;
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

    private static List<MovieLensUser> LoadMl100KUsers(DelimitedFile file)
    {
        var users = new List<MovieLensUser>();
        var lineByUserId = new Dictionary<int, long>();
        string[] columns = Ml100KUserColumns;
        while (file.ReadRow())
        {
            if (TryReadUser(file, out MovieLensUser? user) is { } issue)
            {
                file.SkipRow(issue);
                continue;
            }

            if (lineByUserId.TryGetValue(user!.UserId, out long firstLine))
            {
                string value = user.UserId.ToString(CultureInfo.InvariantCulture);
                string message = $"{columns[0]} '{value}' already occurred at line {firstLine}, so this row is skipped.";
                file.SkipRow(new RowIssue(LoadIssueKind.DuplicateUser, columns[0], value, message));
                continue;
            }

            lineByUserId.Add(user.UserId, file.LineNumber);
            users.Add(user);
            file.KeepRow();
        }

        return users;
    }

    private static RowIssue? TryReadUser(DelimitedFile file, out MovieLensUser? user)
    {
        user = null;
        string[] columns = Ml100KUserColumns;
        if (MovieLensFields.TryParseId(file.GetSpan(0), columns[0], out int userId) is { } idIssue)
        {
            return idIssue;
        }

        ReadOnlySpan<byte> ageText = file.GetSpan(1);
        bool parsed = int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out int age);
        if (!parsed || age < 1 || age > MaxAge)
        {
            return MovieLensFields.Malformed(columns[1], ageText, $"is not an age in whole years from 1 to {MaxAge}");
        }

        for (int column = 2; column < columns.Length; column++)
        {
            if (file.GetString(column).Trim().Length == 0)
            {
                string message = $"{columns[column]} is empty, so the row is skipped.";
                return new RowIssue(LoadIssueKind.MissingValue, columns[column], string.Empty, message);
            }
        }

        user = new MovieLensUser(
            userId,
            age,
            file.GetString(2).Trim(),
            file.GetString(3).Trim(),
            file.GetString(4).Trim());
        return null;
    }
}
