namespace MovieRecs.Silo.Tests;

/// <summary>
/// Temporary directories with and without the MovieLens files the options check for.
/// </summary>
public sealed class DataDirectoryFixture : IDisposable
{
    private const string MoviesCsv = "movieId,title,genres\n1,Alpha (1995),Action\n";

    private const string RatingsCsv = "userId,movieId,rating,timestamp\n1,1,4.0,1000000000\n";

    public DataDirectoryFixture()
    {
        ValidDirectory = CreateDirectory("valid");
        File.WriteAllText(Path.Combine(ValidDirectory, "movies.csv"), MoviesCsv);
        File.WriteAllText(Path.Combine(ValidDirectory, "ratings.csv"), RatingsCsv);

        MoviesOnlyDirectory = CreateDirectory("movies-only");
        File.WriteAllText(Path.Combine(MoviesOnlyDirectory, "movies.csv"), MoviesCsv);

        MissingDirectory = Path.Combine(Path.GetTempPath(), "movierecs-missing-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>A directory that contains movies.csv and ratings.csv.</summary>
    public string ValidDirectory { get; }

    /// <summary>A directory that contains movies.csv but no ratings.csv.</summary>
    public string MoviesOnlyDirectory { get; }

    /// <summary>A path that does not exist.</summary>
    public string MissingDirectory { get; }

    public void Dispose()
    {
        Directory.Delete(ValidDirectory, recursive: true);
        Directory.Delete(MoviesOnlyDirectory, recursive: true);
    }

    private static string CreateDirectory(string name)
    {
        string directory = Path.Combine(Path.GetTempPath(), $"movierecs-silo-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }
}
