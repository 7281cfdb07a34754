using System.Globalization;
using System.Text;
using MathNet.Numerics.Distributions;

namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>
/// Writes a seeded synthetic data set in the MovieLens "latest" format (movies.csv, ratings.csv
/// and, when tags are asked for, tags.csv) with the shape of ml-latest-small at any size.
/// </summary>
/// <remarks>
/// <para>
/// Users get at least 20 ratings each and a log-normal tail, capped at 16 times the mean. Each
/// user rates distinct movies drawn by Zipf-Mandelbrot popularity, weight (rank + q)^-s with s 2.0
/// and q 7.5% of the movie count, fitted to ml-latest-small's rating counts. Movie ids are a seeded
/// permutation of the popularity ranks, so id order carries no popularity information.
/// </para>
/// <para>
/// A rating starts as a latent score b_user + b_movie + noise, three independent normals whose
/// variances take the shares of ml-latest-small's rating variance that its user and movie means
/// explain. The latent score's normal quantile is then mapped onto ml-latest-small's half-star
/// histogram, so the rating values follow that histogram while a user's and a movie's ratings
/// stay correlated. A user's ratings are spaced one second to months apart in a random order, so
/// their timestamps strictly increase in rating order; ratings.csv lists them by user, then movie.
/// </para>
/// <para>
/// Rows go straight to the files, user by user, so memory holds one user's ratings and the
/// per-movie tables, never the whole data set. The same options give byte-identical files on
/// one platform; the floating-point functions behind the draws could differ in the last bit on
/// another processor architecture.
/// </para>
/// </remarks>
public static class SyntheticDataGenerator
{
    private const int ProgressSteps = 10;

    private static readonly string[] RatingTexts =
        ["0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"];

    /// <summary>Writes the data set into <paramref name="directory"/>, creating it when needed.</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="options">The sizes and the seed; checked with <see cref="SyntheticDataOptions.Validate"/>.</param>
    /// <param name="progress">Receives the number of ratings written about 10 times during the run.</param>
    /// <param name="cancellationToken">Stops the run between users; the partial files are deleted.</param>
    /// <returns>The counts written.</returns>
    /// <remarks>
    /// movies.csv, ratings.csv and tags.csv are replaced. A tags.csv or links.csv left from an
    /// earlier data set is deleted, because the loader would read it with the new files. Each file
    /// is written under a temporary name and renamed when complete.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range.</exception>
    public static SyntheticDataSummary Write(
        string directory,
        SyntheticDataOptions options,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        string fullDirectory = Path.GetFullPath(directory);
        Directory.CreateDirectory(fullDirectory);
        ulong seed = unchecked((ulong)options.Seed);
        int movies = options.ResolvedMovies;
        int[] movieIdByRank = ShuffledMovieIds(movies, seed);

        WriteAtomically(fullDirectory, MovieLensLoader.MoviesFile, writer =>
            SyntheticCatalogue.WriteMovies(writer, movies, seed));
        int maxPerUser = 0;
        WriteAtomically(fullDirectory, MovieLensLoader.RatingsFile, writer =>
            maxPerUser = WriteRatings(writer, options, movieIdByRank, progress, cancellationToken));
        DeleteIfPresent(fullDirectory, MovieLensLoader.LinksFile);
        if (options.Tags > 0)
        {
            var popularity = new AliasTable(PopularityWeights(movies));
            WriteAtomically(fullDirectory, MovieLensLoader.TagsFile, writer =>
                SyntheticCatalogue.WriteTags(writer, options.Tags, options.ResolvedUsers, popularity, movieIdByRank, seed));
        }
        else
        {
            DeleteIfPresent(fullDirectory, MovieLensLoader.TagsFile);
        }

        return new SyntheticDataSummary(
            fullDirectory,
            options.Ratings,
            options.ResolvedUsers,
            movies,
            options.Tags,
            maxPerUser);
    }

    /// <summary>
    /// Returns the Zipf-Mandelbrot popularity weight (rank + q)^-s of each rank from 1, with the
    /// exponent and offset fitted to ml-latest-small.
    /// </summary>
    public static double[] PopularityWeights(int movies)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(movies);
        double offset = MovieLensShape.PopularityOffset * movies;
        var weights = new double[movies];
        for (int rank = 1; rank <= movies; rank++)
        {
            weights[rank - 1] = Math.Pow(rank + offset, -MovieLensShape.PopularityExponent);
        }

        return weights;
    }

    private static int WriteRatings(
        StreamWriter writer,
        SyntheticDataOptions options,
        int[] movieIdByRank,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ulong seed = unchecked((ulong)options.Seed);
        int users = options.ResolvedUsers;
        int movies = movieIdByRank.Length;
        int[] counts = UserRatingCounts.Allocate(options.Ratings, users, options.MaxRatingsPerUser, seed);
        var sampler = new PopularitySampler(PopularityWeights(movies));
        double[] movieBias = MovieBiases(movies, seed);
        double[] thresholds = RatingThresholds();
        var latent = new LatentScale();

        writer.Write("userId,movieId,rating,timestamp\n");
        var line = new char[64];
        var rows = new List<(int MovieId, int RatingIndex, long Timestamp)>();
        long written = 0;
        long step = Math.Max(1, options.Ratings / ProgressSteps);
        long nextReport = step;
        for (int user = 0; user < users; user++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var random = SeededRandom.Derive(seed, SyntheticStreams.UserRatings, (ulong)user);
            int[] ranks = sampler.SampleDistinct(counts[user], ref random);
            Shuffle(ranks, ref random);
            long[] timestamps = SyntheticTimeline.UserTimestamps(ranks.Length, ref random);
            double userBias = latent.User * random.NextGaussian();

            rows.Clear();
            for (int i = 0; i < ranks.Length; i++)
            {
                double score = userBias + movieBias[ranks[i]] + (latent.Noise * random.NextGaussian());
                rows.Add((movieIdByRank[ranks[i]], RatingIndex(score, thresholds), timestamps[i]));
            }

            rows.Sort((left, right) => left.MovieId.CompareTo(right.MovieId));
            foreach ((int movieId, int ratingIndex, long timestamp) in rows)
            {
                WriteRatingLine(writer, line, user + 1, movieId, ratingIndex, timestamp);
            }

            written += ranks.Length;
            if (written >= nextReport)
            {
                progress?.Report(written);
                nextReport = ((written / step) + 1) * step;
            }
        }

        return counts.Max();
    }

    private static void WriteRatingLine(StreamWriter writer, char[] line, int userId, int movieId, int ratingIndex, long timestamp)
    {
        Span<char> buffer = line;
        int length = 0;
        userId.TryFormat(buffer, out int used, provider: CultureInfo.InvariantCulture);
        length += used;
        buffer[length++] = ',';
        movieId.TryFormat(buffer[length..], out used, provider: CultureInfo.InvariantCulture);
        length += used;
        buffer[length++] = ',';
        RatingTexts[ratingIndex].AsSpan().CopyTo(buffer[length..]);
        length += RatingTexts[ratingIndex].Length;
        buffer[length++] = ',';
        timestamp.TryFormat(buffer[length..], out used, provider: CultureInfo.InvariantCulture);
        length += used;
        buffer[length++] = '\n';
        writer.Write(buffer[..length]);
    }

    // The latent score is N(0, 1). Threshold k is the normal quantile of the histogram's share of
    // ratings at or below the k-th half star, so the scores fall into the stars in those shares.
    private static double[] RatingThresholds()
    {
        ReadOnlySpan<int> histogram = MovieLensShape.RatingHistogram;
        double total = 0;
        foreach (int count in histogram)
        {
            total += count;
        }

        var thresholds = new double[histogram.Length - 1];
        double cumulative = 0;
        for (int k = 0; k < thresholds.Length; k++)
        {
            cumulative += histogram[k];
            thresholds[k] = Normal.InvCDF(0, 1, cumulative / total);
        }

        return thresholds;
    }

    private static int RatingIndex(double score, double[] thresholds)
    {
        int index = 0;
        while (index < thresholds.Length && score > thresholds[index])
        {
            index++;
        }

        return index;
    }

    private static double[] MovieBiases(int movies, ulong seed)
    {
        var random = SeededRandom.Derive(seed, SyntheticStreams.MovieBias, 0);
        double scale = new LatentScale().Movie;
        var biases = new double[movies];
        for (int rank = 0; rank < movies; rank++)
        {
            biases[rank] = scale * random.NextGaussian();
        }

        return biases;
    }

    private static int[] ShuffledMovieIds(int movies, ulong seed)
    {
        int[] ids = Enumerable.Range(1, movies).ToArray();
        var random = SeededRandom.Derive(seed, SyntheticStreams.MovieIds, 0);
        Shuffle(ids, ref random);
        return ids;
    }

    private static void Shuffle(int[] values, ref SeededRandom random)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static void WriteAtomically(string directory, string file, Action<StreamWriter> write)
    {
        string path = Path.Combine(directory, file);
        string partial = path + ".partial";
        try
        {
            using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(false), bufferSize: 1 << 20))
            {
                write(writer);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static void DeleteIfPresent(string directory, string file) => File.Delete(Path.Combine(directory, file));

    /// <summary>
    /// The standard deviations of the three latent parts, as shares of a unit variance: the user
    /// and movie parts take the squared ratio of ml-latest-small's spread of user and movie means
    /// to its rating spread, and the noise the rest.
    /// </summary>
    private readonly struct LatentScale
    {
        public LatentScale()
        {
            double userShare = Square(MovieLensShape.UserMeanSd / MovieLensShape.RatingSd);
            double movieShare = Square(MovieLensShape.MovieMeanSd / MovieLensShape.RatingSd);
            User = Math.Sqrt(userShare);
            Movie = Math.Sqrt(movieShare);
            Noise = Math.Sqrt(1 - userShare - movieShare);
        }

        public double User { get; }

        public double Movie { get; }

        public double Noise { get; }

        private static double Square(double value) => value * value;
    }
}
