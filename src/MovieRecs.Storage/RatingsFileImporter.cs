using System.Security.Cryptography;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Storage;

/// <summary>Imports a validated ratings file into a store once, keyed by the file's name and SHA-256.</summary>
public static class RatingsFileImporter
{
    /// <summary>
    /// Imports the ratings read from <paramref name="path"/> unless that file, by name and content
    /// hash, was imported before.
    /// </summary>
    /// <param name="store">The store to import into; it must be migrated.</param>
    /// <param name="path">The file the ratings came from, hashed to recognise it on the next start.</param>
    /// <param name="ratings">The file's ratings as the loader validated them.</param>
    /// <param name="cancellationToken">Stops the import; on SQLite, batches already committed stay.</param>
    public static async Task<ImportResult> ImportAsync(
        IRatingStore store,
        string path,
        IEnumerable<Rating> ratings,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(ratings);

        string sha256 = await HashAsync(path, cancellationToken).ConfigureAwait(false);
        return await store.ImportAsync(Path.GetFileName(path), sha256, ratings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the lower-case hex SHA-256 of a file's bytes.</summary>
    public static async Task<string> HashAsync(string path, CancellationToken cancellationToken = default)
    {
        await using FileStream stream = File.OpenRead(path);
        byte[] hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
