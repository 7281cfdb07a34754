using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace MovieRecs.Algorithms.Tests.Data;

/// <summary>A made-up, loadable ml-latest-small release and helpers to pack it as a zip in memory.</summary>
internal static class TestRelease
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["movies.csv"] = MovieLensFixture.Csv(MovieLensFixture.MoviesHeader, MovieLensFixture.Movies, "\r\n"),
        ["ratings.csv"] = MovieLensFixture.Csv(
            MovieLensFixture.RatingsHeader,
            MovieLensFixture.Ratings,
            "\r\n"),
        ["tags.csv"] = MovieLensFixture.Csv(MovieLensFixture.TagsHeader, MovieLensFixture.Tags, "\r\n"),
        ["links.csv"] = MovieLensFixture.Csv(MovieLensFixture.LinksHeader, MovieLensFixture.Links, "\r\n"),
    };

    /// <summary>The SHA-256 of each file in <see cref="Files"/>, for the downloader's hash table.</summary>
    public static IReadOnlyDictionary<string, string> Hashes { get; } = Files.ToDictionary(
        pair => pair.Key,
        pair => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pair.Value))));

    /// <summary>Packs <see cref="Files"/> and a README under ml-latest-small/, as GroupLens does.</summary>
    public static byte[] BuildZip() => BuildZip(
        Files.Select(pair => ($"ml-latest-small/{pair.Key}", pair.Value))
            .Append(("ml-latest-small/README.txt", "Test release.")));

    /// <summary>Packs the given entries, directory entry included, into a zip in memory.</summary>
    public static byte[] BuildZip(IEnumerable<(string Name, string Content)> entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("ml-latest-small/");
            foreach ((string name, string content) in entries)
            {
                ZipArchiveEntry entry = archive.CreateEntry(name);
                using Stream stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return memory.ToArray();
    }

    /// <summary>Returns <see cref="Hashes"/> with the hash of one file replaced.</summary>
    public static Dictionary<string, string> HashesWith(string file, string hash) =>
        new(Hashes) { [file] = hash };
}
