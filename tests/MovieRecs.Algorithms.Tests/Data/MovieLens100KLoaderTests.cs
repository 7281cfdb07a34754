using System.Text;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Tests.Data;

public sealed class MovieLens100KLoaderTests
{
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private const string Flags0 = "0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0";

    // Toy Story: Animation, Children's, Comedy. GoldenEye: Action, Adventure, Thriller.
    private const string ToyStory =
        "1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)|" +
        "0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0";

    private const string GoldenEye =
        "2|GoldenEye (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?GoldenEye%20(1995)|" +
        "0|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0|1|0|0";

    private const string UnknownGenreMovie = "267|unknown||||1|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0";

    [Fact]
    public void Load_ValidFiles_ReadsMoviesRatingsUsers()
    {
        using var directory = new TempDirectory();
        Write(directory, items: [ToyStory, GoldenEye, UnknownGenreMovie], users: ["1|24|M|technician|85711", "2|53|F|other|94043"]);

        MovieLensDataset dataset = MovieLensLoader.Load(directory.Path, timeProvider: Clock);

        Assert.Equal(MovieLensFormat.Ml100K, MovieLensLoader.DetectFormat(directory.Path));
        Assert.Equal(3, dataset.Movies.Count);
        Assert.Equal(["Animation", "Children's", "Comedy"], dataset.Movies[0].Genres);
        Assert.Equal(["Action", "Adventure", "Thriller"], dataset.Movies[1].Genres);
        Assert.Equal(["(no genres listed)"], dataset.Movies[2].Genres);
        Assert.Null(dataset.Movies[2].Year);
        Assert.Equal(1995, dataset.Movies[0].Year);
        Assert.Equal(new Rating(1, 1, 5, 874965758), dataset.Ratings[0]);
        Assert.Equal(3, dataset.Ratings.Count);
        Assert.Equal(new MovieLensUser(2, 53, "F", "other", "94043"), dataset.Users[1]);
        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(["u.item", "u.data", "u.user"], dataset.Report.Files.Select(file => file.File));
    }

    [Fact]
    public void Load_Latin1Title_DecodesAccents()
    {
        using var directory = new TempDirectory();
        string item = "1|Belle époque (1992)|01-Jan-1992|||" + Flags0[..^1] + "1";
        Write(directory, items: [item], ratings: ["1\t1\t4\t874965758"]);

        Movie movie = Assert.Single(MovieLensLoader.Load(directory.Path, timeProvider: Clock).Movies);

        Assert.Equal("Belle époque (1992)", movie.Title);
        Assert.Equal(["Western"], movie.Genres);
    }

    [Fact]
    public void Load_TitleWithoutYear_TakesReleaseDateYear()
    {
        using var directory = new TempDirectory();
        Write(directory, items: ["5|Copycat|01-Jan-1995|||" + Flags0], ratings: ["1\t5\t4\t874965758"]);

        Movie movie = Assert.Single(MovieLensLoader.Load(directory.Path, timeProvider: Clock).Movies);

        Assert.Equal(1995, movie.Year);
    }

    [Fact]
    public void Load_BadReleaseDate_FixesRowWithoutYear()
    {
        using var directory = new TempDirectory();
        Write(directory, items: ["5|Copycat|1995-13-01|||" + Flags0], ratings: ["1\t5\t4\t874965758"]);

        MovieLensDataset dataset = MovieLensLoader.Load(directory.Path, timeProvider: Clock);

        Assert.Null(Assert.Single(dataset.Movies).Year);
        FileLoadReport items = dataset.Report.GetFile("u.item");
        Assert.Equal(1, items.RowsFixed);
        LoadIssue issue = Assert.Single(dataset.Report.Issues);
        Assert.Equal(RowAction.Fixed, issue.Action);
        Assert.Equal("release date", issue.Column);
        Assert.Equal("1995-13-01", issue.Value);
    }

    [Fact]
    public void Load_BadRows_ReportsEachRow()
    {
        using var directory = new TempDirectory();
        string[] ratings =
        [
            "1\t1\t5\t874965758",
            "1\t1\t3\t874965759",
            "2\t99\t4\t874965758",
            "3\t1\t6\t874965758",
            "x\t1\t4\t874965758",
            "4\t1\t4",
            "",
            "5\t1\t4\t-5",
        ];
        string[] users = ["1|24|M|technician|85711", "1|30|F|writer|10001", "2|abc|F|other|94043", "3|40||other|1"];
        string badFlags = "7|Bad flags||||2" + Flags0[1..];
        Write(directory, items: [ToyStory, ToyStory, badFlags], ratings: ratings, users: users);

        MovieLensDataset dataset = MovieLensLoader.Load(directory.Path, timeProvider: Clock);

        Assert.Single(dataset.Movies);
        Assert.Single(dataset.Ratings);
        Assert.Single(dataset.Users);
        (string File, long Line, LoadIssueKind Kind, string? Value)[] expected =
        [
            ("u.item", 2, LoadIssueKind.DuplicateMovie, "1"),
            ("u.item", 3, LoadIssueKind.MalformedRow, "2"),
            ("u.data", 2, LoadIssueKind.DuplicateRating, "3"),
            ("u.data", 3, LoadIssueKind.UnknownMovie, "99"),
            ("u.data", 4, LoadIssueKind.RatingOutOfRange, "6"),
            ("u.data", 5, LoadIssueKind.MalformedRow, "x"),
            ("u.data", 6, LoadIssueKind.MalformedRow, null),
            ("u.data", 8, LoadIssueKind.BadTimestamp, "-5"),
            ("u.user", 2, LoadIssueKind.DuplicateUser, "1"),
            ("u.user", 3, LoadIssueKind.MalformedRow, "abc"),
            ("u.user", 4, LoadIssueKind.MissingValue, ""),
        ];
        Assert.Equal(expected, dataset.Report.Issues.Select(issue => (issue.File, issue.Line, issue.Kind, issue.Value)));
        FileLoadReport data = dataset.Report.GetFile("u.data");
        Assert.Equal(7, data.RowsRead);
        Assert.Equal(1, data.RowsKept);
        Assert.Equal(6, data.RowsSkipped);
    }

    [Fact]
    public void Load_NoUserFile_ReportsItAbsent()
    {
        using var directory = new TempDirectory();
        Write(directory, items: [ToyStory], ratings: ["1\t1\t4\t874965758"]);

        MovieLensDataset dataset = MovieLensLoader.Load(directory.Path, timeProvider: Clock);

        Assert.Empty(dataset.Users);
        Assert.False(dataset.Report.GetFile("u.user").IsPresent);
    }

    [Fact]
    public void Load_EmptyItemFile_ThrowsNamingFile()
    {
        using var directory = new TempDirectory();
        Write(directory, items: [], ratings: []);

        var exception = Assert.Throws<InvalidDataException>(() => MovieLensLoader.Load(directory.Path, timeProvider: Clock));

        Assert.Contains("u.item", exception.Message, StringComparison.Ordinal);
        Assert.Contains("is empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataLocator_Ml100KDirectory_IsAccepted()
    {
        using var directory = new TempDirectory();
        Write(directory, items: [ToyStory]);

        DataLocation location = DataLocator.Resolve(directory.Path, null, _ => null);

        Assert.True(location.Exists);
        Assert.Equal(directory.Path, location.Directory);
    }

    [Fact]
    public void Load_NeitherLayout_NamesBothLayouts()
    {
        using var directory = new TempDirectory();

        var exception = Assert.Throws<FileNotFoundException>(() => MovieLensLoader.Load(directory.Path));

        Assert.Contains("movies.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("u.data", exception.Message, StringComparison.Ordinal);
    }

    [RequiresMl100KFact]
    public void Load_RealMl100K_MatchesPublishedCounts()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresMl100KFactAttribute.DataDirectory);

        Assert.Equal(100_000, dataset.Ratings.Count);
        Assert.Equal(943, dataset.UserCount);
        Assert.Equal(1682, dataset.Movies.Count);
        Assert.Equal(943, dataset.Users.Count);
        Assert.DoesNotContain(dataset.Report.Issues, issue => issue.Action == RowAction.Skipped);
        Assert.All(dataset.Ratings, rating => Assert.InRange(rating.Value, 1, 5));
        Assert.Equal(["F", "M"], dataset.Users.Select(user => user.Gender).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(21, dataset.Users.Select(user => user.Occupation).Distinct().Count());
        Movie toyStory = dataset.Movies[0];
        Assert.Equal("Toy Story (1995)", toyStory.Title);
        Assert.Equal(["Animation", "Children's", "Comedy"], toyStory.Genres);
        Assert.Equal(18, dataset.Genres.Count(genre => genre != "(no genres listed)"));
    }

    private static void Write(TempDirectory directory, string[] items, string[]? ratings = null, string[]? users = null)
    {
        directory.WriteBytes("u.item", Encoding.Latin1.GetBytes(Lines(items)));
        directory.Write("u.data", Lines(ratings ?? ["1\t1\t5\t874965758", "1\t2\t3\t874965759", "2\t1\t4\t874965760"]));
        if (users is not null)
        {
            directory.WriteBytes("u.user", Encoding.Latin1.GetBytes(Lines(users)));
        }
    }

    private static string Lines(string[] lines) => lines.Length == 0 ? string.Empty : string.Join("\n", lines) + "\n";
}
