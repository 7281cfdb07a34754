using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MovieRecs.Algorithms.Data;

/// <summary>
/// Loads and validates a MovieLens data set from a directory, as published by GroupLens: the "latest"
/// layout (movies.csv, ratings.csv, and the optional tags.csv and links.csv) or the MovieLens 100K
/// layout (u.data, u.item and the optional u.user).
/// </summary>
/// <remarks>
/// <para>
/// Parsing does not depend on the current culture: numbers use the invariant notation ("4.5") and
/// header names match ordinal-ignore-case after trimming, in any column order. The files may start
/// with a UTF-8 byte order mark and may end lines with CRLF or LF. Lines that are empty or hold only
/// spaces and tabs are not rows and are not reported.
/// </para>
/// <para>
/// Each data row is counted once per file as kept or skipped. In the "latest" layout the loader
/// corrects no value, so <see cref="FileLoadReport.RowsFixed"/> is 0, and a rating off the half-star
/// grid is skipped, not rounded. Each skipped row gets one <see cref="LoadIssue"/> for its first problem, located by the
/// physical line where the row starts: the header is line 1, and blank lines and line breaks inside
/// quoted fields count as lines. A quoted field that is never closed runs to the end of the file, so
/// the rest of the file becomes one malformed row.
/// </para>
/// <para>
/// movies.csv is read first, and ratings, tags and links that name a movie missing from it are
/// skipped as <see cref="LoadIssueKind.UnknownMovie"/>. The first of two movie rows with one id, the
/// first rating of a (user, movie) pair and the first link of a movie are kept. Genres split on '|',
/// and an empty genres field gives a movie with no labels.
/// </para>
/// <para>
/// MovieLens 100K files have no header and no quoting; u.item and u.user are read as Latin-1. Its
/// genre flags become the labels of u.genre, with "unknown" read as "(no genres listed)". A movie
/// whose title has no year takes the year of its release date; a release date that does not parse
/// is the one correction the loader makes (the row counts as fixed). u.user rows become
/// <see cref="MovieLensDataset.Users"/>; a second row for a user id is skipped.
/// </para>
/// </remarks>
public static partial class MovieLensLoader
{
    /// <summary>The file name of the movie catalogue, which must exist.</summary>
    public const string MoviesFile = "movies.csv";

    /// <summary>The file name of the ratings, which must exist.</summary>
    public const string RatingsFile = "ratings.csv";

    /// <summary>The file name of the tags, which may be absent.</summary>
    public const string TagsFile = "tags.csv";

    /// <summary>The file name of the IMDb and TMDb links, which may be absent.</summary>
    public const string LinksFile = "links.csv";

    private const long SecondsPerDay = 24 * 60 * 60;

    /// <summary>
    /// Loads and validates the MovieLens files in <paramref name="directory"/>, in the layout that
    /// <see cref="DetectFormat"/> finds there.
    /// </summary>
    /// <param name="directory">
    /// The directory that contains movies.csv and ratings.csv, or MovieLens 100K's u.data and u.item.
    /// </param>
    /// <param name="logger">Receives one entry per file and one warning per kind of problem.</param>
    /// <param name="timeProvider">
    /// The clock for the load time. Timestamps more than one day after it are rejected, and release
    /// years after the next calendar year are not read as years. Defaults to the system clock.
    /// </param>
    /// <returns>The rows that passed validation, and the report of every row read.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="FileNotFoundException">
    /// The directory has neither movies.csv and ratings.csv nor u.data and u.item.
    /// </exception>
    /// <exception cref="InvalidDataException">
    /// A file is empty, lacks an expected header column, or cannot be read as CSV.
    /// </exception>
    public static MovieLensDataset Load(
        string directory,
        ILogger? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        logger ??= NullLogger.Instance;
        timeProvider ??= TimeProvider.System;

        string fullDirectory = Path.GetFullPath(directory);
        bool isMl100K = Directory.Exists(fullDirectory) && DetectFormat(fullDirectory) == MovieLensFormat.Ml100K;
        string moviesPath = isMl100K ? string.Empty : RequireFile(fullDirectory, MoviesFile);
        string ratingsPath = isMl100K ? string.Empty : RequireFile(fullDirectory, RatingsFile);
        LoadContext context = LoadContext.Create(fullDirectory, logger, timeProvider);
        var stopwatch = Stopwatch.StartNew();
        LogLoadStarted(logger, fullDirectory);
        if (isMl100K)
        {
            return LoadMl100K(fullDirectory, context, stopwatch);
        }

        List<Movie> movies = ReadFile(context, MoviesFile, moviesPath, MovieColumns, LoadMovies);
        var movieIds = movies.Select(movie => movie.MovieId).ToHashSet();
        List<Rating> ratings = ReadFile(
            context,
            RatingsFile,
            ratingsPath,
            RatingColumns,
            (file, ctx) => LoadRatings(file, ctx, movieIds));
        List<MovieTag> tags = ReadOptionalFile(
            context,
            TagsFile,
            TagColumns,
            (file, ctx) => LoadTags(file, ctx, movieIds));
        List<MovieLink> links = ReadOptionalFile(
            context,
            LinksFile,
            LinkColumns,
            (file, ctx) => LoadLinks(file, ctx, movieIds));

        var report = new LoadReport(fullDirectory, context.Files, context.Issues);
        var dataset = new MovieLensDataset(movies, ratings, tags, links, report);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogLoadCompleted(
                logger,
                dataset.Movies.Count,
                dataset.Ratings.Count,
                dataset.UserCount,
                dataset.Tags.Count,
                dataset.Links.Count,
                report.Issues.Count,
                fullDirectory,
                stopwatch.ElapsedMilliseconds);
        }

        return dataset;
    }

    /// <summary>
    /// Loads and validates one file in the ratings.csv format, such as one side of an external
    /// train/test split, and checks its movie ids against <paramref name="dataset"/>.
    /// </summary>
    /// <param name="path">The ratings file, with the header userId,movieId,rating,timestamp.</param>
    /// <param name="dataset">The loaded data set whose movies the ratings must name.</param>
    /// <param name="logger">Receives one entry for the file and one warning per kind of problem.</param>
    /// <param name="timeProvider">The clock for the load time, as for <see cref="Load"/>.</param>
    /// <returns>The ratings that passed validation, the file's counts and its issues.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="path"/> or <paramref name="dataset"/> is null.
    /// </exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is empty, lacks an expected header column, or cannot be read as CSV.
    /// </exception>
    public static RatingsLoadResult LoadRatingsFile(
        string path,
        MovieLensDataset dataset,
        ILogger? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(dataset);
        logger ??= NullLogger.Instance;
        timeProvider ??= TimeProvider.System;

        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException(
                $"The ratings file '{fullPath}' was not found. Pass a file in the {RatingsFile} format.",
                fullPath);
        }

        string directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        LoadContext context = LoadContext.Create(directory, logger, timeProvider);
        var movieIds = dataset.Movies.Select(movie => movie.MovieId).ToHashSet();
        List<Rating> ratings = ReadFile(
            context,
            Path.GetFileName(fullPath),
            fullPath,
            RatingColumns,
            (file, ctx) => LoadRatings(file, ctx, movieIds));
        return new RatingsLoadResult(ratings, context.Files[0], context.Issues);
    }

    private static string RequireFile(string directory, string file)
    {
        string path = Path.Combine(directory, file);
        if (File.Exists(path))
        {
            return path;
        }

        string reason = Directory.Exists(directory)
            ? $"{file} was not found in '{directory}'."
            : $"{file} was not found because the directory '{directory}' does not exist.";
        throw new FileNotFoundException(
            $"{reason} Point the loader at a MovieLens folder that contains {MoviesFile} and {RatingsFile} " +
            $"(or {Ml100KRatingsFile} and {Ml100KItemsFile} of MovieLens 100K).",
            path);
    }

    private static List<T> ReadOptionalFile<T>(
        LoadContext context,
        string file,
        string[] columns,
        Func<MovieLensCsvFile, LoadContext, List<T>> readRows)
    {
        string path = Path.Combine(context.Directory, file);
        if (!File.Exists(path))
        {
            context.Files.Add(FileLoadReport.Absent(file));
            LogOptionalFileAbsent(context.Logger, file, context.Directory);
            return [];
        }

        return ReadFile(context, file, path, columns, readRows);
    }

    private static List<T> ReadFile<T>(
        LoadContext context,
        string file,
        string path,
        string[] columns,
        Func<MovieLensCsvFile, LoadContext, List<T>> readRows)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = new FileReportBuilder(file, context.Issues);
        List<T> rows;
        using (MovieLensCsvFile csv = MovieLensCsvFile.Open(path, columns, report))
        {
            rows = readRows(csv, context);
        }

        FileLoadReport counts = report.Build();
        context.Files.Add(counts);
        LogFileRead(
            context.Logger,
            file,
            counts.RowsRead,
            counts.RowsKept,
            counts.RowsSkipped,
            stopwatch.ElapsedMilliseconds);
        foreach ((LoadIssueKind kind, long count, LoadIssue first) in report.SkippedSummary)
        {
            LogRowsSkipped(context.Logger, file, count, kind, first.Line, first.Message);
        }

        return rows;
    }

    /// <summary>The state shared by the files of one load.</summary>
    /// <param name="Directory">The full path of the data directory.</param>
    /// <param name="MaxTimestamp">The latest accepted Unix time in seconds: the load time plus one day.</param>
    /// <param name="MaxYear">The latest accepted release year: the year after the load time.</param>
    /// <param name="Logger">The logger of the load.</param>
    private sealed record LoadContext(string Directory, long MaxTimestamp, int MaxYear, ILogger Logger)
    {
        public static LoadContext Create(string directory, ILogger logger, TimeProvider timeProvider)
        {
            DateTimeOffset loadTime = timeProvider.GetUtcNow();
            return new LoadContext(
                directory,
                MaxTimestamp: loadTime.ToUnixTimeSeconds() + SecondsPerDay,
                MaxYear: loadTime.Year + 1,
                logger);
        }

        public List<FileLoadReport> Files { get; } = new(4);

        public List<LoadIssue> Issues { get; } = [];
    }
}
