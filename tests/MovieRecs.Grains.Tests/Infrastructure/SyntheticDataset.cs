using System.Globalization;
using System.Text;

namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>
/// A small MovieLens-format data set written to a temporary directory: 40 movies and 60 users in
/// three taste groups, dense enough that every model, with its catalogue settings, ranks movies for
/// the first users.
/// </summary>
/// <remarks>
/// User u rates movie m unless (7u + 3m) is a multiple of 4, and never movie 39. The rating is 4.0
/// when u and m fall in the same taste group (u mod 3 = m mod 3) and 2.0 otherwise, shifted by
/// -0.5, 0 or +0.5 by (u m + u) mod 3. Movie 40 has no genres; user ids above 60 are not in the
/// data.
/// </remarks>
public static class SyntheticDataset
{
    public const int MovieCount = 40;

    public const int UserCount = 60;

    public const int UnratedMovieId = 39;

    public const int NoGenreMovieId = 40;

    public const int UnknownMovieId = 999;

    public const int UnknownUserId = 9001;

    private static readonly string[] GenreNames = ["Action", "Adventure", "Comedy", "Drama", "Romance", "Thriller"];

    /// <summary>
    /// Writes movies.csv and ratings.csv into a new temporary directory and returns its path.
    /// </summary>
    public static string CreateDirectory()
    {
        string directory = Path.Combine(Path.GetTempPath(), "movierecs-synthetic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);

        var movies = new StringBuilder("movieId,title,genres\n");
        for (int movie = 1; movie <= MovieCount; movie++)
        {
            movies.Append(CultureInfo.InvariantCulture, $"{movie},Movie {movie} ({1960 + movie}),{Genres(movie)}\n");
        }

        var ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int user = 1; user <= UserCount; user++)
        {
            for (int movie = 1; movie <= MovieCount; movie++)
            {
                if (((7 * user) + (3 * movie)) % 4 == 0 || movie == UnratedMovieId)
                {
                    continue;
                }

                double rating = (user % 3 == movie % 3 ? 4.0 : 2.0) + ((((user * movie) + user) % 3) - 1) * 0.5;
                long timestamp = 1_000_000_000L + (user * 1_000) + movie;
                ratings.Append(CultureInfo.InvariantCulture, $"{user},{movie},{rating:0.0},{timestamp}\n");
            }
        }

        File.WriteAllText(Path.Combine(directory, "movies.csv"), movies.ToString());
        File.WriteAllText(Path.Combine(directory, "ratings.csv"), ratings.ToString());
        return directory;
    }

    /// <summary>Deletes a directory made by <see cref="CreateDirectory"/>.</summary>
    public static void DeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A silo that still has a file open leaves the directory behind in the temp folder.
        }
    }

    /// <summary>
    /// Returns two distinct genres per movie, or "(no genres listed)" for <see
    /// cref="NoGenreMovieId"/>.
    /// </summary>
    private static string Genres(int movie)
    {
        if (movie == NoGenreMovieId)
        {
            return "(no genres listed)";
        }

        int first = movie % GenreNames.Length;
        int second = (first + 1 + ((movie / GenreNames.Length) % (GenreNames.Length - 1))) % GenreNames.Length;
        return $"{GenreNames[first]}|{GenreNames[second]}";
    }
}
