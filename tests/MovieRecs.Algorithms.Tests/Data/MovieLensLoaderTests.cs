using MovieRecs.Algorithms.Data;
using static MovieRecs.Algorithms.Tests.Data.MovieLensFixture;

namespace MovieRecs.Algorithms.Tests.Data;

public sealed class MovieLensLoaderTests
{
    private static readonly FixedTimeProvider Clock = new(LoadTime);

    [Fact]
    public void Load_ValidFiles_ReadsEveryRow()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);

        MovieLensDataset dataset = Load(directory);

        Assert.Equal(3, dataset.Movies.Count);
        Assert.Equal(3, dataset.Ratings.Count);
        Assert.Equal(2, dataset.Tags.Count);
        Assert.Equal(3, dataset.Links.Count);
        Assert.Equal(2, dataset.UserCount);
        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(new Rating(1, 3, 4.5, 964981247), dataset.Ratings[1]);
        Assert.Equal("quotable, classic", dataset.Tags[1].Text);
        Assert.Equal(1445714996, dataset.Tags[1].Timestamp);
        Assert.Equal(
            ["movies.csv", "ratings.csv", "tags.csv", "links.csv"],
            dataset.Report.Files.Select(file => file.File));
    }

    [Fact]
    public void Load_QuotedTitleWithComma_KeepsTitle()
    {
        using var directory = new TempDirectory();
        string row = "29,\"City of Lost Children, The (Cité des enfants perdus, La) (1995)\",Drama";
        WriteAll(directory, movies: [row], ratings: [], tags: [], links: []);

        Movie movie = Assert.Single(Load(directory).Movies);

        Assert.Equal("City of Lost Children, The (Cité des enfants perdus, La) (1995)", movie.Title);
        Assert.Equal(1995, movie.Year);
        Assert.Equal(["Drama"], movie.Genres);
    }

    [Fact]
    public void Load_EscapedQuotesInTitle_UnescapesQuotes()
    {
        using var directory = new TempDirectory();
        string row = "7789,\"11'09\"\"01 - September 11 (2002)\",Drama";
        WriteAll(directory, movies: [row], ratings: [], tags: [], links: []);

        Movie movie = Assert.Single(Load(directory).Movies);

        Assert.Equal("11'09\"01 - September 11 (2002)", movie.Title);
        Assert.Equal(2002, movie.Year);
    }

    [Theory]
    [InlineData("Amélie (Fabuleux destin d'Amélie Poulain, Le) (2001)")]
    [InlineData("Spirited Away (Sen to Chihiro no kamikakushi) 千と千尋の神隠し (2001)")]
    [InlineData("Oldboy (올드보이) (2003)")]
    [InlineData("Raise the Red Lantern (大紅燈籠高高掛) (1991)")]
    [InlineData("Death Note: Desu nôto (2006–2007)")]
    public void Load_Utf8Title_KeepsCharacters(string title)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: ["1," + Quote(title) + ",Drama"], ratings: [], tags: [], links: []);

        Movie movie = Assert.Single(Load(directory).Movies);

        Assert.Equal(title, movie.Title);
    }

    [Fact]
    public void Load_Latin1Title_FixesRowWithIssue()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: ["2,Heat (1995),Crime"], ratings: [], tags: [], links: []);
        byte[] latin1Row = System.Text.Encoding.Latin1.GetBytes("1,Am\u00e9lie (2001),Comedy\n");
        File.AppendAllBytes(System.IO.Path.Combine(directory.Path, "movies.csv"), latin1Row);

        MovieLensDataset dataset = Load(directory);

        Assert.Equal("Am\uFFFDlie (2001)", dataset.Movies[1].Title);
        Assert.Equal(2001, dataset.Movies[1].Year);
        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        Assert.Equal(LoadIssueKind.InvalidEncoding, issue.Kind);
        Assert.Equal(RowAction.Fixed, issue.Action);
        Assert.Equal(3, issue.Line);
        Assert.Contains("iconv -f latin1 -t utf-8", issue.Message, StringComparison.Ordinal);
        Assert.Equal(1, dataset.Report.GetFile("movies.csv").RowsFixed);
    }

    [Fact]
    public void Load_NoGenresListed_KeepsLabel()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: ["143410,Hyena Road,(no genres listed)", "1,Toy Story (1995),Comedy"],
            ratings: [], tags: [], links: []);

        MovieLensDataset dataset = Load(directory);

        Assert.Equal(["(no genres listed)"], dataset.Movies[0].Genres);
        Assert.Equal(["(no genres listed)", "Comedy"], dataset.Genres);
    }

    [Fact]
    public void Load_PipeSeparatedGenres_SplitsLabels()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: [], tags: [], links: []);

        MovieLensDataset dataset = Load(directory);

        Assert.Equal(["Adventure", "Animation", "Children", "Comedy", "Fantasy"], dataset.Movies[0].Genres);
        Assert.Equal(["Adventure", "Animation", "Children", "Comedy", "Fantasy", "Romance"], dataset.Genres);
    }

    // The fixed load time is 2025-06-01, so 2026 is the latest year accepted.
    [Theory]
    [InlineData("Toy Story (1995)", 1995)]
    [InlineData("From Dusk Till Dawn 2: Texas Blood Money (1999) ", 1999)]
    [InlineData("Trailing Tab (1999)\t", 1999)]
    [InlineData("Babylon 5", null)]
    [InlineData("Death Note: Desu nôto (2006–2007)", 2006)]
    [InlineData("Fawlty Towers (1975-1979)", 1975)]
    [InlineData("Open Range Show (2016–)", 2016)]
    [InlineData("(500) Days of Summer (2009)", 2009)]
    [InlineData("Léon: The Professional (a.k.a. The Professional) (Léon) (1994)", 1994)]
    [InlineData("Misérables, Les (a.k.a. Les Mis)", null)]
    [InlineData("Year Zero (0000)", null)]
    [InlineData("Before Cinema (1869)", null)]
    [InlineData("Earliest Year (1870)", 1870)]
    [InlineData("Next Year (2026)", 2026)]
    [InlineData("Too Far Ahead (2027)", null)]
    [InlineData("Three Digits (123)", null)]
    [InlineData("Five Digits (19955)", null)]
    [InlineData("Bad Range (2006-20)", null)]
    [InlineData("No Parentheses 1995", null)]
    public void Load_TitleYear_ParsesTrailingYear(string title, int? expectedYear)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: ["1," + Quote(title) + ",Drama"], ratings: [], tags: [], links: []);

        Movie movie = Assert.Single(Load(directory).Movies);

        Assert.Equal(expectedYear, movie.Year);
        Assert.Equal(title, movie.Title);
    }

    [Fact]
    public void Load_ImdbIdWithLeadingZeros_KeepsString()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);

        MovieLink link = Load(directory).Links[0];

        Assert.Equal("0114709", link.ImdbId);
        Assert.Equal(862, link.TmdbId);
    }

    [Fact]
    public void Load_EmptyTmdbId_IsNull()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);

        MovieLensDataset dataset = Load(directory);

        Assert.Null(dataset.Links[2].TmdbId);
        Assert.Equal("0113228", dataset.Links[2].ImdbId);
        Assert.Empty(dataset.Report.Issues);
    }

    [Fact]
    public void Load_Utf8ByteOrderMark_ReadsHeader()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        byte[] bom = [0xEF, 0xBB, 0xBF];
        foreach (string file in new[] { "movies.csv", "ratings.csv", "tags.csv", "links.csv" })
        {
            byte[] content = File.ReadAllBytes(Path.Combine(directory.Path, file));
            directory.WriteBytes(file, [.. bom, .. content]);
        }

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(1, dataset.Movies[0].MovieId);
        Assert.Equal(1, dataset.Ratings[0].UserId);
        Assert.Equal(2, dataset.Tags[0].UserId);
        Assert.Equal(1, dataset.Links[0].MovieId);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Load_LineEndings_ParseIdentically(string newline)
    {
        using var directory = new TempDirectory();
        directory.Write("movies.csv", Csv(MoviesHeader, Movies, newline));
        directory.Write("ratings.csv", Csv(RatingsHeader, Ratings, newline));
        directory.Write("tags.csv", Csv(TagsHeader, Tags, newline));
        directory.Write("links.csv", Csv(LinksHeader, Links, newline));

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal("Fantasy", dataset.Movies[0].Genres[^1]);
        Assert.Equal(964982703, dataset.Ratings[0].Timestamp);
        Assert.Equal(1445714996, dataset.Tags[1].Timestamp);
        Assert.Equal(8844, dataset.Links[1].TmdbId);
        Assert.Null(dataset.Links[2].TmdbId);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Load_BlankTrailingLines_AreNotRows(string newline)
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        string blankLines = newline + "   " + newline + "\t" + newline;
        directory.Write("ratings.csv", Csv(RatingsHeader, Ratings, newline) + blankLines);

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(3, dataset.Report.GetFile("ratings.csv").RowsRead);
        Assert.Equal(3, dataset.Ratings.Count);
    }

    [Fact]
    public void Load_NoFinalNewline_ReadsLastRow()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        directory.Write("ratings.csv", RatingsHeader + "\r\n" + string.Join("\r\n", Ratings));

        MovieLensDataset dataset = Load(directory);

        Assert.Equal(3, dataset.Ratings.Count);
        Assert.Equal(964982224, dataset.Ratings[2].Timestamp);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("th-TH")]
    public void Load_CurrentCulture_ParsesInvariant(string culture)
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        // Upper-case headers: under tr-TR a culture-aware comparison maps "i" to "İ" and would miss them.
        directory.Write("ratings.csv", Csv("USERID,MOVIEID,RATING,TIMESTAMP", Ratings));
        directory.Write("links.csv", Csv("MovieId,ImdbId,TmdbId", Links));
        using var scope = new CultureScope(culture);

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(4.5, dataset.Ratings[1].Value);
        Assert.Equal(0.5, dataset.Ratings[2].Value);
        Assert.Equal(3, dataset.Links.Count);
        Assert.Equal(1995, dataset.Movies[0].Year);
    }

    [Fact]
    public void Load_TurkishCultureIssueMessage_UsesInvariantNumbers()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["1,1,5.5,2000000000"]);
        using var scope = new CultureScope("tr-TR");

        LoadIssue issue = Assert.Single(Load(directory).Report.Issues);

        Assert.Contains("'5.5'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("0.5-5.0", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DotlessIInHeader_Throws()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        directory.Write("movies.csv", Csv("movıeId,title,genres", Movies));
        using var scope = new CultureScope("tr-TR");

        var exception = Assert.Throws<InvalidDataException>(() => Load(directory));

        Assert.Contains("movieId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ColumnsInOtherOrder_MapsByName()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        directory.Write("ratings.csv", Csv(" timestamp ,rating,movieId,userId", ["964982703,3.5,2,7"]));

        Rating rating = Assert.Single(Load(directory).Ratings);

        Assert.Equal(new Rating(7, 2, 3.5, 964982703), rating);
    }

    [Fact]
    public void Load_NoMoviesFile_ThrowsFileNotFound()
    {
        using var directory = new TempDirectory();
        directory.Write("ratings.csv", Csv(RatingsHeader, Ratings));

        var exception = Assert.Throws<FileNotFoundException>(() => Load(directory));

        Assert.Contains("movies.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains(directory.Path, exception.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(directory.Path, "movies.csv"), exception.FileName);
    }

    [Fact]
    public void Load_NoRatingsFile_ThrowsFileNotFound()
    {
        using var directory = new TempDirectory();
        directory.Write("movies.csv", Csv(MoviesHeader, Movies));

        var exception = Assert.Throws<FileNotFoundException>(() => Load(directory));

        Assert.Contains("ratings.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains(directory.Path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoDirectory_ThrowsFileNotFound()
    {
        using var directory = new TempDirectory();
        string missing = Path.Combine(directory.Path, "absent");

        var exception = Assert.Throws<FileNotFoundException>(() => MovieLensLoader.Load(missing));

        Assert.Contains("movies.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{missing}' does not exist", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OptionalFilesAbsent_ReportsAbsent()
    {
        using var directory = new TempDirectory();
        directory.Write("movies.csv", Csv(MoviesHeader, Movies));
        directory.Write("ratings.csv", Csv(RatingsHeader, Ratings));

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Tags);
        Assert.Empty(dataset.Links);
        Assert.False(dataset.Report.GetFile("tags.csv").IsPresent);
        Assert.False(dataset.Report.GetFile("links.csv").IsPresent);
        Assert.True(dataset.Report.GetFile("ratings.csv").IsPresent);
        Assert.Equal(0, dataset.Report.GetFile("tags.csv").RowsRead);
    }

    [Fact]
    public void Load_WrongHeader_NamesExpectedColumns()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        directory.Write("ratings.csv", Csv("user,movie,score,time", Ratings));

        var exception = Assert.Throws<InvalidDataException>(() => Load(directory));

        Assert.Contains("ratings.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("userId,movieId,rating,timestamp", exception.Message, StringComparison.Ordinal);
        Assert.Contains("user,movie,score,time", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HeaderlessFile_NamesExpectedColumns()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        directory.Write("movies.csv", string.Join("\n", Movies) + "\n");

        var exception = Assert.Throws<InvalidDataException>(() => Load(directory));

        Assert.Contains("movies.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("movieId,title,genres", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_NamesExpectedColumns()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        directory.Write("tags.csv", string.Empty);

        var exception = Assert.Throws<InvalidDataException>(() => Load(directory));

        Assert.Contains("tags.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("is empty", exception.Message, StringComparison.Ordinal);
        Assert.Contains("userId,movieId,tag,timestamp", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongFieldCount_SkipsMalformedRow()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["1,1,4.0,964982703", "1,2,4.0", "1,3,4.0,964982703,extra"]);

        MovieLensDataset dataset = Load(directory);

        Assert.Single(dataset.Ratings);
        Assert.Collection(
            dataset.Report.Issues,
            issue => AssertIssue(issue, "ratings.csv", 3, LoadIssueKind.MalformedRow, null, null),
            issue => AssertIssue(issue, "ratings.csv", 4, LoadIssueKind.MalformedRow, null, null));
        Assert.Contains("3 fields", dataset.Report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("1,2,4.0", dataset.Report.Issues[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x,1,4.0,964982703", "userId", "x")]
    [InlineData("1,1.5,4.0,964982703", "movieId", "1.5")]
    [InlineData("1,1,four,964982703", "rating", "four")]
    [InlineData("1,1,4,5,964982703", null, null)]
    [InlineData("1,1,NaN,964982703", "rating", "NaN")]
    [InlineData("1,1,,964982703", "rating", "")]
    [InlineData("1,1, 4.0,964982703", "rating", " 4.0")]
    [InlineData("1,1,1e0,964982703", "rating", "1e0")]
    public void Load_UnparsableRatingField_SkipsMalformedRow(string row, string? column, string? value)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["2,2,3.0,964982703", row]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "ratings.csv", 3, LoadIssueKind.MalformedRow, column, value);
        Assert.Single(dataset.Ratings);
    }

    [Fact]
    public void Load_BrokenQuoting_SkipsMalformedRowAtLine()
    {
        using var directory = new TempDirectory();
        string[] movies = ["1,Toy Story (1995),Comedy", "2,\"Jumanji\" (1995),Fantasy", "3,Heat (1995),Crime"];
        WriteAll(directory, movies: movies, ratings: [], tags: [], links: []);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "movies.csv", 3, LoadIssueKind.MalformedRow, column: null, value: null);
        Assert.Contains("quoting", issue.Message, StringComparison.Ordinal);
        Assert.Equal([1, 3], dataset.Movies.Select(movie => movie.MovieId));
    }

    [Theory]
    [InlineData("0,1,4.0,964982703", "userId", "0")]
    [InlineData("-5,1,4.0,964982703", "userId", "-5")]
    [InlineData("2147483648,1,4.0,964982703", "userId", "2147483648")]
    [InlineData("1,99999999999999999999,4.0,964982703", "movieId", "99999999999999999999")]
    [InlineData("1,000,4.0,964982703", "movieId", "000")]
    public void Load_IdOutOfRange_SkipsRowAtLine(string row, string column, string value)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["2,2,3.0,964982703", "2,3,3.0,964982703", row]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "ratings.csv", 4, LoadIssueKind.IdOutOfRange, column, value);
        Assert.Equal(2, dataset.Ratings.Count);
    }

    [Fact]
    public void Load_MaxIntId_IsKept()
    {
        using var directory = new TempDirectory();
        WriteAll(
            directory,
            movies: [.. Movies, "2147483647,Last Id (2000),Drama"],
            ratings: ["2147483647,2147483647,3.0,0"]);

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(new Rating(int.MaxValue, int.MaxValue, 3.0, 0), Assert.Single(dataset.Ratings));
    }

    [Fact]
    public void Load_MovieIdZero_SkipsMovie()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: [.. Movies, "0,Zero (2000),Drama"], ratings: [], tags: [], links: []);

        MovieLensDataset dataset = Load(directory);

        AssertSingleIssue(dataset, "movies.csv", 5, LoadIssueKind.IdOutOfRange, "movieId", "0");
    }

    [Fact]
    public void Load_DuplicateRating_KeepsFirstAndSkipsLater()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["1,1,4.0,964982703", "1,2,3.0,964982703", "1,1,2.0,964982800"]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "ratings.csv", 4, LoadIssueKind.DuplicateRating, "rating", "2.0");
        Assert.Contains("at line 2", issue.Message, StringComparison.Ordinal);
        Assert.Equal(4.0, dataset.Ratings.Single(rating => rating.MovieId == 1).Value);
    }

    [Fact]
    public void Load_DuplicateOfSkippedRating_IsKept()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["1,1,9.0,964982703", "1,1,2.0,964982800"]);

        MovieLensDataset dataset = Load(directory);

        AssertSingleIssue(dataset, "ratings.csv", 2, LoadIssueKind.RatingOutOfRange, "rating", "9.0");
        Assert.Equal(2.0, Assert.Single(dataset.Ratings).Value);
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("0")]
    [InlineData("5.5")]
    [InlineData("-1.0")]
    [InlineData("10")]
    public void Load_RatingOutOfRange_SkipsRowAtLine(string value)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["1,1,4.0,964982703", $"1,2,{value},964982703"]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "ratings.csv", 3, LoadIssueKind.RatingOutOfRange, "rating", value);
        Assert.Single(dataset.Ratings);
    }

    [Theory]
    [InlineData("4.3")]
    [InlineData("3.25")]
    [InlineData("0.75")]
    [InlineData("4.99")]
    public void Load_RatingOffGrid_SkipsRowWithoutRounding(string value)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["1,1,4.0,964982703", $"1,2,{value},964982703"]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "ratings.csv", 3, LoadIssueKind.RatingOffGrid, "rating", value);
        Assert.Equal(RowAction.Skipped, issue.Action);
        Assert.Equal(0, dataset.Report.GetFile("ratings.csv").RowsFixed);
        Assert.Single(dataset.Ratings);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("5.0")]
    [InlineData("5")]
    [InlineData("3.50")]
    public void Load_RatingOnGrid_IsKept(string value)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: [$"1,2,{value},964982703"]);

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Report.Issues);
        Assert.Single(dataset.Ratings);
    }

    [Fact]
    public void Load_UnknownMovie_SkipsRatingTagAndLink()
    {
        using var directory = new TempDirectory();
        WriteAll(
            directory,
            ratings: ["1,1,4.0,964982703", "1,42,4.0,964982703"],
            tags: ["1,42,lost,1445714994"],
            links: ["1,0114709,862", "2,0113497,8844", "42,0000042,"]);

        MovieLensDataset dataset = Load(directory);

        Assert.Collection(
            dataset.Report.Issues,
            issue => AssertIssue(issue, "ratings.csv", 3, LoadIssueKind.UnknownMovie, "movieId", "42"),
            issue => AssertIssue(issue, "tags.csv", 2, LoadIssueKind.UnknownMovie, "movieId", "42"),
            issue => AssertIssue(issue, "links.csv", 4, LoadIssueKind.UnknownMovie, "movieId", "42"));
        Assert.Contains("not in movies.csv", dataset.Report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Single(dataset.Ratings);
        Assert.Empty(dataset.Tags);
        Assert.Equal(2, dataset.Links.Count);
    }

    [Theory]
    [InlineData("-1", "negative")]
    [InlineData("soon", "not an integer")]
    [InlineData("964982703.5", "not an integer")]
    [InlineData("", "not an integer")]
    [InlineData("99999999999999999999", "not an integer")]
    [InlineData("1748822401", "after the load time")]
    [InlineData("999999999999", "after the load time")]
    public void Load_BadTimestamp_SkipsRowAtLine(string value, string reason)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: ["1,1,4.0,964982703", $"1,2,4.0,{value}"]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "ratings.csv", 3, LoadIssueKind.BadTimestamp, "timestamp", value);
        Assert.Contains(reason, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TimestampOneDayAhead_IsKept()
    {
        long oneDayLater = LoadTime.AddDays(1).ToUnixTimeSeconds();
        using var directory = new TempDirectory();
        WriteAll(directory, ratings: [$"1,2,4.0,{oneDayLater}", "1,3,4.0,0"]);

        MovieLensDataset dataset = Load(directory);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(2, dataset.Ratings.Count);
    }

    [Fact]
    public void Load_BadTagTimestamp_SkipsTagAtLine()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, tags: ["2,1,funny,1445714994", "2,1,\"odd, late\",-7"]);

        MovieLensDataset dataset = Load(directory);

        AssertSingleIssue(dataset, "tags.csv", 3, LoadIssueKind.BadTimestamp, "timestamp", "-7");
    }

    [Fact]
    public void Load_DuplicateMovie_KeepsFirstAndSkipsLater()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: [.. Movies, "2,Jumanji Again (1995),Comedy"]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "movies.csv", 5, LoadIssueKind.DuplicateMovie, "movieId", "2");
        Assert.Contains("at line 3", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Jumanji Again", issue.Message, StringComparison.Ordinal);
        Assert.Equal("Jumanji (1995)", dataset.Movies.Single(movie => movie.MovieId == 2).Title);
    }

    [Fact]
    public void Load_DuplicateLink_KeepsFirstAndSkipsLater()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, links: [.. Links, "1,0999999,1"]);

        MovieLensDataset dataset = Load(directory);

        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        AssertIssue(issue, "links.csv", 5, LoadIssueKind.DuplicateLink, "movieId", "1");
        Assert.Equal("0114709", dataset.Links.Single(link => link.MovieId == 1).ImdbId);
    }

    [Theory]
    [InlineData("4,tt0114709,862", "imdbId", "tt0114709")]
    [InlineData("4,,862", "imdbId", "")]
    [InlineData("4,0114709,abc", "tmdbId", "abc")]
    public void Load_MalformedLink_SkipsRowAtLine(string row, string column, string value)
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: [.. Movies, "4,Waiting (1995),Drama"], links: [row]);

        MovieLensDataset dataset = Load(directory);

        AssertSingleIssue(dataset, "links.csv", 2, LoadIssueKind.MalformedRow, column, value);
    }

    [Fact]
    public void Load_TmdbIdZero_SkipsLink()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, links: ["1,0114709,0"]);

        MovieLensDataset dataset = Load(directory);

        AssertSingleIssue(dataset, "links.csv", 2, LoadIssueKind.IdOutOfRange, "tmdbId", "0");
    }

    [Fact]
    public void Load_EmptyTitleOrTag_SkipsMalformedRow()
    {
        using var directory = new TempDirectory();
        WriteAll(directory, movies: [.. Movies, "4,\"\",Drama"], tags: ["2,1,,1445714994"]);

        MovieLensDataset dataset = Load(directory);

        Assert.Collection(
            dataset.Report.Issues,
            issue => AssertIssue(issue, "movies.csv", 5, LoadIssueKind.MalformedRow, "title", ""),
            issue => AssertIssue(issue, "tags.csv", 2, LoadIssueKind.MalformedRow, "tag", ""));
    }

    [Fact]
    public void Load_TitleWithLineBreak_CountsPhysicalLines()
    {
        using var directory = new TempDirectory();
        WriteAll(
            directory,
            movies: ["1,\"Two\nLine Title (1995)\",Drama", "2,Jumanji (1995),Fantasy", "2,Jumanji,Comedy"],
            ratings: [],
            tags: [],
            links: []);

        MovieLensDataset dataset = Load(directory);

        Assert.Equal("Two\nLine Title (1995)", dataset.Movies[0].Title);
        Assert.Equal(1995, dataset.Movies[0].Year);
        AssertSingleIssue(dataset, "movies.csv", 5, LoadIssueKind.DuplicateMovie, "movieId", "2");
    }

    [Fact]
    public void Load_BlankLineInMiddle_CountsPhysicalLines()
    {
        using var directory = new TempDirectory();
        directory.Write("movies.csv", Csv(MoviesHeader, Movies));
        directory.Write("ratings.csv", RatingsHeader + "\r\n1,1,4.0,964982703\r\n\r\n1,2,9.0,964982703\r\n");

        MovieLensDataset dataset = Load(directory);

        AssertSingleIssue(dataset, "ratings.csv", 4, LoadIssueKind.RatingOutOfRange, "rating", "9.0");
        Assert.Equal(2, dataset.Report.GetFile("ratings.csv").RowsRead);
    }

    [Fact]
    public void Load_MixedProblems_CountsAddUpPerFile()
    {
        using var directory = new TempDirectory();
        WriteAll(
            directory,
            movies: [.. Movies, "3,Copy (1995),Drama", "x,Bad (1995),Drama", "5,Short"],
            ratings:
            [
                "1,1,4.0,964982703",
                "1,1,3.0,964982703",
                "1,2,5.5,964982703",
                "1,3,4.2,964982703",
                "1,42,4.0,964982703",
                "0,2,4.0,964982703",
                "2,2,4.0,-1",
                "2,3,oops,964982703",
                "3,3,1.5,964982703",
            ],
            tags: ["1,42,lost,1", "1,1,fine,1"],
            links: ["1,0114709,862", "1,0114709,862", "42,1,"]);

        MovieLensDataset dataset = Load(directory);

        LoadReport report = dataset.Report;
        foreach (FileLoadReport file in report.Files)
        {
            Assert.Equal(file.RowsRead, file.RowsKept + file.RowsFixed + file.RowsSkipped);
            Assert.Equal(file.RowsSkipped, file.SkippedByKind.Values.Sum());
            Assert.Equal(file.RowsSkipped, report.Issues.Count(issue => issue.File == file.File));
        }

        Assert.Equal((6L, 3L, 3L), Counts(report.GetFile("movies.csv")));
        Assert.Equal((9L, 2L, 7L), Counts(report.GetFile("ratings.csv")));
        Assert.Equal((2L, 1L, 1L), Counts(report.GetFile("tags.csv")));
        Assert.Equal((3L, 1L, 2L), Counts(report.GetFile("links.csv")));
        Assert.Equal(2, dataset.Ratings.Count);
        Assert.Equal(
            new Dictionary<LoadIssueKind, long>
            {
                [LoadIssueKind.DuplicateRating] = 1,
                [LoadIssueKind.RatingOutOfRange] = 1,
                [LoadIssueKind.RatingOffGrid] = 1,
                [LoadIssueKind.UnknownMovie] = 1,
                [LoadIssueKind.IdOutOfRange] = 1,
                [LoadIssueKind.BadTimestamp] = 1,
                [LoadIssueKind.MalformedRow] = 1,
            },
            report.GetFile("ratings.csv").SkippedByKind);
        Assert.Equal(
            [3L, 4L, 5L, 6L, 7L, 8L, 9L],
            report.Issues.Where(issue => issue.File == "ratings.csv").Select(issue => issue.Line).Order());
    }

    [Fact]
    public void LoadRatingsFile_ExternalSplit_ChecksMoviesOfDataset()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        MovieLensDataset dataset = Load(directory);
        string path = directory.Write("train.csv", Csv(RatingsHeader, ["7,1,3.5,964982703", "7,42,4.0,964982703"]));

        RatingsLoadResult result = MovieLensLoader.LoadRatingsFile(path, dataset, timeProvider: Clock);

        Assert.Equal(new Rating(7, 1, 3.5, 964982703), Assert.Single(result.Ratings));
        AssertIssue(Assert.Single(result.Issues), "train.csv", 3, LoadIssueKind.UnknownMovie, "movieId", "42");
        Assert.Equal((2L, 1L, 1L), Counts(result.Report));
        Assert.Equal("train.csv", result.Report.File);
    }

    [Fact]
    public void LoadRatingsFile_MissingFile_ThrowsFileNotFound()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        MovieLensDataset dataset = Load(directory);
        string path = Path.Combine(directory.Path, "test.csv");

        var exception = Assert.Throws<FileNotFoundException>(() => MovieLensLoader.LoadRatingsFile(path, dataset));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadRatingsFile_MoviesHeader_ThrowsInvalidData()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        MovieLensDataset dataset = Load(directory);
        string path = Path.Combine(directory.Path, "movies.csv");

        var exception = Assert.Throws<InvalidDataException>(() => MovieLensLoader.LoadRatingsFile(path, dataset));

        Assert.Contains("userId,movieId,rating,timestamp", exception.Message, StringComparison.Ordinal);
    }

    [RequiresDataFact]
    public void Load_RealMovieLensSmall_MatchesPublishedCounts()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);

        // The counts the ml-latest-small README (2018 release) publishes.
        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(100_836, dataset.Ratings.Count);
        Assert.Equal(610, dataset.UserCount);
        Assert.Equal(9_742, dataset.Movies.Count);
        Assert.Equal(3_683, dataset.Tags.Count);
        Assert.Equal(9_742, dataset.Links.Count);
        Assert.Equal(20, dataset.Genres.Count);
        Assert.Contains("(no genres listed)", dataset.Genres);
        Assert.Equal(8, dataset.Links.Count(link => link.TmdbId is null));
        Assert.All(dataset.Report.Files, file => Assert.Equal(file.RowsRead, file.RowsKept));
    }

    private static MovieLensDataset Load(TempDirectory directory) =>
        MovieLensLoader.Load(directory.Path, timeProvider: Clock);

    private static (long Read, long Kept, long Skipped) Counts(FileLoadReport file) =>
        (file.RowsRead, file.RowsKept, file.RowsSkipped);

    private static void AssertSingleIssue(
        MovieLensDataset dataset,
        string file,
        long line,
        LoadIssueKind kind,
        string? column,
        string? value) =>
        AssertIssue(Assert.Single(dataset.Report.Issues), file, line, kind, column, value);

    private static void AssertIssue(
        LoadIssue issue,
        string file,
        long line,
        LoadIssueKind kind,
        string? column,
        string? value)
    {
        Assert.Equal(file, issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Equal(kind, issue.Kind);
        Assert.Equal(RowAction.Skipped, issue.Action);
        Assert.Equal(column, issue.Column);
        Assert.Equal(value, issue.Value);
        if (column is not null)
        {
            Assert.Contains(column, issue.Message, StringComparison.Ordinal);
            Assert.Contains($"'{value}'", issue.Message, StringComparison.Ordinal);
        }
    }
}
