using System.Globalization;

namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>The movies.csv and tags.csv rows of a synthetic data set.</summary>
internal static class SyntheticCatalogue
{
    private const int LatestYear = 2018;
    private const int EarliestYear = 1902;
    private const double MeanYearsBeforeLatest = 20;

    private static readonly string[] TagWords =
    [
        "atmospheric", "funny", "classic", "dark comedy", "twist ending", "visually appealing",
        "thought-provoking", "based on a book", "sci-fi", "quirky", "surreal", "great soundtrack",
        "violence", "romance", "slow", "predictable", "cult film", "dialogue", "musical", "war",
    ];

    /// <summary>
    /// Writes movies 1 to <paramref name="movies"/> with a year in the title and one to seven
    /// genres drawn by ml-latest-small's genre frequencies, in ordinal order.
    /// </summary>
    /// <remarks>NOTE: the years are a plausible choice, exponential back from 2018, not fitted.</remarks>
    public static void WriteMovies(StreamWriter writer, int movies, ulong seed)
    {
        var genreTable = new AliasTable(MovieLensShape.Genres.Select(genre => (double)genre.Movies).ToArray());
        var countTable = new AliasTable(ToWeights(MovieLensShape.GenresPerMovie));
        var labels = new List<string>(MovieLensShape.GenresPerMovie.Length);
        writer.Write("movieId,title,genres\n");
        for (int movieId = 1; movieId <= movies; movieId++)
        {
            var random = SeededRandom.Derive(seed, SyntheticStreams.MovieCatalogue, (ulong)movieId);
            int year = Math.Max(EarliestYear, LatestYear - (int)random.NextExponential(MeanYearsBeforeLatest));
            int genreCount = countTable.Sample(ref random) + 1;
            labels.Clear();
            while (labels.Count < genreCount)
            {
                string genre = MovieLensShape.Genres[genreTable.Sample(ref random)].Genre;
                if (!labels.Contains(genre))
                {
                    labels.Add(genre);
                }
            }

            labels.Sort(StringComparer.Ordinal);
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{movieId},Synthetic Movie {movieId} ({year}),{string.Join('|', labels)}\n"));
        }
    }

    /// <summary>
    /// Writes <paramref name="tags"/> rows spread evenly over the users in user order, each on a
    /// movie drawn by popularity, with a word from a fixed list and a time in the ratings' span.
    /// </summary>
    public static void WriteTags(
        StreamWriter writer,
        int tags,
        int users,
        AliasTable popularity,
        int[] movieIdByRank,
        ulong seed)
    {
        var random = SeededRandom.Derive(seed, SyntheticStreams.Tags, 0);
        writer.Write("userId,movieId,tag,timestamp\n");
        for (int row = 0; row < tags; row++)
        {
            long userId = 1 + ((long)row * users / tags);
            int movieId = movieIdByRank[popularity.Sample(ref random)];
            string word = TagWords[random.NextInt(TagWords.Length)];
            long timestamp = SyntheticTimeline.Start + (long)(random.NextDouble() * (SyntheticTimeline.End - SyntheticTimeline.Start));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{userId},{movieId},{word},{timestamp}\n"));
        }
    }

    private static double[] ToWeights(ReadOnlySpan<int> counts)
    {
        var weights = new double[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            weights[i] = counts[i];
        }

        return weights;
    }
}
