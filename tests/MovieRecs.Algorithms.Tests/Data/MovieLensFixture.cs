namespace MovieRecs.Algorithms.Tests.Data;

/// <summary>Builds small MovieLens CSV files for loader tests.</summary>
internal static class MovieLensFixture
{
    public const string MoviesHeader = "movieId,title,genres";
    public const string RatingsHeader = "userId,movieId,rating,timestamp";
    public const string TagsHeader = "userId,movieId,tag,timestamp";
    public const string LinksHeader = "movieId,imdbId,tmdbId";

    /// <summary>A time after every timestamp in the fixtures: 2025-06-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset LoadTime = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Three movies with ids 1, 2 and 3.</summary>
    public static readonly string[] Movies =
    [
        "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy",
        "2,Jumanji (1995),Adventure|Children|Fantasy",
        "3,Grumpier Old Men (1995),Comedy|Romance",
    ];

    public static readonly string[] Ratings =
    [
        "1,1,4.0,964982703",
        "1,3,4.5,964981247",
        "2,2,0.5,964982224",
    ];

    public static readonly string[] Tags =
    [
        "2,1,funny,1445714994",
        "2,3,\"quotable, classic\",1445714996",
    ];

    public static readonly string[] Links =
    [
        "1,0114709,862",
        "2,0113497,8844",
        "3,0113228,",
    ];

    /// <summary>Joins a header and rows, ending each line with <paramref name="newline"/>.</summary>
    public static string Csv(string header, IEnumerable<string> rows, string newline = "\n") =>
        string.Concat(new[] { header }.Concat(rows).Select(line => line + newline));

    /// <summary>Writes all four files, with the given rows replacing the defaults.</summary>
    public static void WriteAll(
        TempDirectory directory,
        IEnumerable<string>? movies = null,
        IEnumerable<string>? ratings = null,
        IEnumerable<string>? tags = null,
        IEnumerable<string>? links = null)
    {
        directory.Write("movies.csv", Csv(MoviesHeader, movies ?? Movies));
        directory.Write("ratings.csv", Csv(RatingsHeader, ratings ?? Ratings));
        directory.Write("tags.csv", Csv(TagsHeader, tags ?? Tags));
        directory.Write("links.csv", Csv(LinksHeader, links ?? Links));
    }

    /// <summary>Quotes a CSV field, doubling the quotes inside it.</summary>
    public static string Quote(string field) =>
        "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
