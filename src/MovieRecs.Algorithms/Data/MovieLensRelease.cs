using System.Collections.Frozen;

namespace MovieRecs.Algorithms.Data;

/// <summary>
/// The published facts of the GroupLens "ml-latest-small" release generated on 2018-09-26: where it
/// is downloaded, the folder inside its zip, the SHA-256 of each CSV file and the counts it contains.
/// </summary>
/// <remarks>
/// The counts come from the release's README.txt, and the hashes from an unmodified copy of its files.
/// GroupLens calls this a development data set that may change over time, so a new upload under the
/// same URL would fail the hash check rather than load different data unnoticed.
/// </remarks>
public static class MovieLensRelease
{
    /// <summary>The folder name inside the zip and under the data directory.</summary>
    public const string FolderName = "ml-latest-small";

    /// <summary>The number of ratings in ratings.csv.</summary>
    public const int RatingCount = 100_836;

    /// <summary>The number of distinct users in ratings.csv.</summary>
    public const int UserCount = 610;

    /// <summary>The number of movies in movies.csv.</summary>
    public const int MovieCount = 9_742;

    /// <summary>The number of tag applications in tags.csv.</summary>
    public const int TagCount = 3_683;

    /// <summary>The number of rows in links.csv, one per movie.</summary>
    public const int LinkCount = 9_742;

    /// <summary>The number of distinct genre labels: 19 genres and "(no genres listed)".</summary>
    public const int GenreLabelCount = 20;

    /// <summary>The official download address of the release zip.</summary>
    public static Uri ZipUri { get; } = new("https://files.grouplens.org/datasets/movielens/ml-latest-small.zip");

    /// <summary>The lowercase hexadecimal SHA-256 of each CSV file, keyed by file name.</summary>
    public static IReadOnlyDictionary<string, string> Sha256ByFile { get; } = new Dictionary<string, string>
    {
        [MovieLensLoader.LinksFile] = "97ad18e4e56a09363c65676b6cb3482ce3e2cea2372a24620c1599c843325f31",
        [MovieLensLoader.MoviesFile] = "5a5f32dd9bb3797b8e728a1b98958789d2b13f294a69fdfbc5727f8a9611aa07",
        [MovieLensLoader.RatingsFile] = "aa289ca83157595d0df6aea1be6a4ded676ddc4385472e8313a8ed9805352646",
        [MovieLensLoader.TagsFile] = "92a9f8bb7916dceef6151209845788c3643f794dfa79d1feaec7121b5960399d",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
