using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

/// <summary>A seeded synthetic rating set, dense enough for every model to rank movies.</summary>
internal static class SyntheticRatings
{
    /// <summary>
    /// Creates 40 users x 30 movies rated with probability 0.7 from a seeded draw, on the half-star
    /// grid, with user and movie effects so that the models have structure to learn. Movie 31 has
    /// no rating.
    /// </summary>
    public static TrainingData Training()
    {
        var random = new Random(20_260_101);
        double[] movieEffects = Enumerable.Range(0, 30).Select(_ => random.NextDouble() * 2 - 1).ToArray();
        var ratings = new List<Rating>();
        long timestamp = 1;
        for (int userId = 1; userId <= 40; userId++)
        {
            double userEffect = random.NextDouble() - 0.5;
            for (int movie = 0; movie < 30; movie++)
            {
                if (random.NextDouble() < 0.7)
                {
                    double raw = 3.5 + userEffect + movieEffects[movie] + random.NextDouble() - 0.5;
                    double value = Math.Clamp(Math.Round(raw * 2) / 2, 0.5, 5.0);
                    ratings.Add(new Rating(userId, movie + 1, value, timestamp++));
                }
            }
        }

        Movie[] movies = Enumerable.Range(1, 31)
            .Select(id => new Movie(id, $"Synthetic {id} ({1980 + id})", 1980 + id, [id % 2 == 0 ? "Drama" : "Comedy"]))
            .ToArray();
        return new TrainingData(ratings, movies);
    }
}
