using System.Globalization;
using System.Text;

namespace MovieRecs.Cli.Tests;

/// <summary>
/// A temporary MovieLens-format directory whose ratings spread over 100 weeks from Monday
/// 2016-01-04: 80 users who each rate a seeded random 30% of 150 movies in their own active
/// period. Deleted on dispose.
/// </summary>
internal sealed class WeeklyRatingsDirectory : IDisposable
{
    private static readonly string[] Genres = ["Action", "Comedy", "Drama", "Horror", "Romance"];

    public WeeklyRatingsDirectory()
    {
        Path = Directory.CreateTempSubdirectory("movierecs-weekly-").FullName;
        var movies = new StringBuilder("movieId,title,genres\n");
        for (int movie = 1; movie <= 150; movie++)
        {
            string genres = movie % 4 == 0 ? $"{Genres[movie % 5]}|{Genres[(movie + 2) % 5]}" : Genres[movie % 5];
            movies.Append(CultureInfo.InvariantCulture, $"{movie},Movie {movie} (2015),{genres}\n");
        }

        var random = new Random(17);
        long start = new DateTimeOffset(2016, 1, 4, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        const long week = 7 * 24 * 3600;
        var ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int user = 1; user <= 80; user++)
        {
            int firstWeek = random.Next(0, 60);
            int lastWeek = Math.Min(99, firstWeek + 10 + random.Next(0, 80));
            for (int movie = 1; movie <= 150; movie++)
            {
                if (random.NextDouble() >= 0.3)
                {
                    continue;
                }

                long timestamp = start + (random.Next(firstWeek, lastWeek + 1) * week) + random.Next(0, (int)week);
                double rating = 0.5 * random.Next(1, 11);
                ratings.Append(CultureInfo.InvariantCulture, $"{user},{movie},{rating:0.0},{timestamp}\n");
            }
        }

        File.WriteAllText(System.IO.Path.Combine(Path, "movies.csv"), movies.ToString());
        File.WriteAllText(System.IO.Path.Combine(Path, "ratings.csv"), ratings.ToString());
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
