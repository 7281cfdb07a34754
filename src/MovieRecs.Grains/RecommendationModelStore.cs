using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Telemetry;
using MovieRecs.Storage;

namespace MovieRecs.Grains;

/// <summary>
/// The per-silo copy of the data set and the fitted models: loaded once when the silo starts, then
/// read concurrently by every grain on the silo.
/// </summary>
/// <remarks>
/// The item-knn models are fitted with an empty neighbor graph, because their lists live in item
/// grains and come with each request. Those models contribute the rating matrix, the item means and
/// the ranking rule. Every other model is fitted on the whole data set. The fitted models are only
/// read after loading, which the library's models allow from many threads at once.
/// </remarks>
public sealed partial class RecommendationModelStore(
    IOptions<ModelStoreOptions> options,
    IRatingStore ratingStore,
    MovieRecsMetrics metrics,
    ILoggerFactory loggerFactory) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<RecommendationModelStore>();
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile LoadedData? _data;

    /// <summary>Whether the data set and the models are loaded.</summary>
    public bool IsLoaded => _data is not null;

    /// <summary>The loaded data set.</summary>
    /// <exception cref="InvalidOperationException">The store has not been loaded.</exception>
    public MovieLensDataset Dataset => Loaded.Dataset;

    /// <summary>The training data every model is fitted on: the whole data set.</summary>
    /// <exception cref="InvalidOperationException">The store has not been loaded.</exception>
    public TrainingData Training => Loaded.Training;

    /// <summary>The summary of the loaded data set, with its fingerprint.</summary>
    /// <exception cref="InvalidOperationException">The store has not been loaded.</exception>
    public DatasetSummary Summary => Loaded.Summary;

    private LoadedData Loaded =>
        _data ?? throw new InvalidOperationException(
            "The recommendation models are not loaded yet; the silo loads them while it starts.");

    /// <inheritdoc />
    public void Dispose() => _loadLock.Dispose();

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(
            nameof(RecommendationModelStore),
            ServiceLifecycleStage.ApplicationServices,
            cancellationToken => Task.Run(() => LoadAsync(cancellationToken), cancellationToken));
    }

    /// <summary>
    /// Migrates the system of record and imports the data directory's ratings.csv into it, unless
    /// that file was imported before. Then loads the catalogue from the files and every rating
    /// from the system of record, and fits the models. A second call does nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">No data directory is configured.</exception>
    /// <exception cref="FileNotFoundException">
    /// movies.csv or ratings.csv is missing from the data directory.
    /// </exception>
    /// <exception cref="InvalidDataException">A MovieLens file cannot be read.</exception>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_data is null)
            {
                _data = await ReadAndFitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>
    /// Reads the catalogue files and the ratings of record again, as <see cref="LoadAsync"/> does,
    /// fits every model on them and then replaces the loaded data in one step. Until then, and when
    /// the reload fails, the store serves the earlier data.
    /// </summary>
    /// <exception cref="InvalidOperationException">No data directory is configured.</exception>
    /// <exception cref="FileNotFoundException">movies.csv or ratings.csv is missing.</exception>
    /// <exception cref="InvalidDataException">A MovieLens file cannot be read.</exception>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _data = await ReadAndFitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private async Task<LoadedData> ReadAndFitAsync(CancellationToken cancellationToken)
    {
        string directory = options.Value.DataDirectory;
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new InvalidOperationException(
                "No data directory is configured for the recommendation models. Set MovieRecs:DataDirectory " +
                "to a directory that contains movies.csv and ratings.csv.");
        }

        var clock = Stopwatch.StartNew();
        LogLoadStarted(directory);
        ILogger loaderLogger = loggerFactory.CreateLogger(typeof(MovieLensLoader));
        // NOTE: the loader parses ratings.csv on every start, although only the first start
        // imports it; later starts use it for the hash check alone.
        MovieLensDataset files = MovieLensLoader.Load(directory, loaderLogger);
        MovieLensDataset dataset = await LoadRatingsOfRecordAsync(files, cancellationToken).ConfigureAwait(false);
        LoadedData data = LoadedData.Create(dataset);
        LogLoadFinished(
            data.Summary.MovieCount,
            data.Summary.RatingCount,
            data.Summary.UserCount,
            data.Summary.Fingerprint,
            clock.ElapsedMilliseconds);
        return data;
    }

    /// <summary>
    /// Returns a fitted model that scores from the store alone, by catalogue name.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The name is an item-knn model, which needs neighbor lists, or unknown.
    /// </exception>
    public IRecommender GetModel(string model)
    {
        if (!Loaded.Models.TryGetValue(model, out IRecommender? recommender))
        {
            throw new ArgumentException(
                $"Model '{model}' has no self-contained fitted instance in the store; item-knn models score " +
                "from item grain lists through GetItemKnn.",
                nameof(model));
        }

        return recommender;
    }

    /// <summary>Returns the item-knn model of a metric, fitted with an empty graph.</summary>
    public ItemKnnRecommender GetItemKnn(ItemSimilarityMetric metric) => Loaded.ItemKnn[metric];

    /// <summary>
    /// Returns the similarity settings the item-knn model of a metric is built with.
    /// </summary>
    public ItemSimilarityOptions GetSimilarityOptions(ItemSimilarityMetric metric) =>
        GetItemKnn(metric).SimilarityOptions;

    /// <summary>Returns a movie of the catalogue.</summary>
    /// <exception cref="UnknownMovieException">The movie is not in the catalogue.</exception>
    public Movie GetMovie(long movieId)
    {
        if (movieId is <= 0 or > int.MaxValue || !Loaded.Dataset.TryGetMovie((int)movieId, out Movie? movie))
        {
            throw new UnknownMovieException(movieId);
        }

        return movie;
    }

    /// <summary>Returns whether a movie id is in the catalogue.</summary>
    public bool ContainsMovie(int movieId) => Loaded.Dataset.TryGetMovie(movieId, out _);

    /// <summary>
    /// Returns a user's ratings from the data set in file order; empty for a user the data set
    /// lacks.
    /// </summary>
    public IReadOnlyList<Rating> GetUserRatings(int userId) =>
        Loaded.RatingsByUser.TryGetValue(userId, out Rating[]? ratings) ? ratings : [];

    /// <summary>The data set and the models built from it, published in one reference.</summary>
    private async Task<MovieLensDataset> LoadRatingsOfRecordAsync(
        MovieLensDataset files,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<int> migrated = await ratingStore.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (migrated.Count > 0)
        {
            LogMigrated(ratingStore.Provider, migrated.Count, migrated[^1]);
        }

        string ratingsPath = Path.Combine(files.Report.Directory, MovieLensLoader.RatingsFile);
        ImportResult import = await RatingsFileImporter
            .ImportAsync(ratingStore, ratingsPath, files.Ratings, cancellationToken)
            .ConfigureAwait(false);
        if (import.AlreadyImported)
        {
            LogImportSkipped(import.Record.FileName, import.Record.Sha256, import.Record.ImportedAt);
        }
        else
        {
            LogImported(import.Record.FileName, import.Record.RowCount, ratingStore.Provider);
            metrics.RecordRatingsIngested(MovieRecsTelemetry.ImportedOperation, import.Record.RowCount);
        }

        var ratings = new List<Rating>(files.Ratings.Count);
        int unknownMovies = 0;
        await foreach (Rating rating in ratingStore.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (files.TryGetMovie(rating.MovieId, out _))
            {
                ratings.Add(rating);
            }
            else
            {
                unknownMovies++;
            }
        }

        if (unknownMovies > 0)
        {
            LogUnknownMovies(unknownMovies, files.Report.Directory);
        }

        return new MovieLensDataset(files.Movies, ratings, files.Tags, files.Links, files.Report, files.Users);
    }

    private sealed class LoadedData
    {
        private LoadedData(
            MovieLensDataset dataset,
            TrainingData training,
            DatasetSummary summary,
            Dictionary<string, IRecommender> models,
            Dictionary<ItemSimilarityMetric, ItemKnnRecommender> itemKnn,
            Dictionary<int, Rating[]> ratingsByUser)
        {
            Dataset = dataset;
            Training = training;
            Summary = summary;
            Models = models;
            ItemKnn = itemKnn;
            RatingsByUser = ratingsByUser;
        }

        public MovieLensDataset Dataset { get; }

        public TrainingData Training { get; }

        public DatasetSummary Summary { get; }

        public Dictionary<string, IRecommender> Models { get; }

        public Dictionary<ItemSimilarityMetric, ItemKnnRecommender> ItemKnn { get; }

        public Dictionary<int, Rating[]> RatingsByUser { get; }

        public static LoadedData Create(MovieLensDataset dataset)
        {
            TrainingData training = TrainingData.FromDataset(dataset);
            var models = new Dictionary<string, IRecommender>(StringComparer.Ordinal);
            var itemKnn = new Dictionary<ItemSimilarityMetric, ItemKnnRecommender>();
            foreach (string name in RecommenderCatalog.Names)
            {
                IRecommender model = RecommenderCatalog.Create(name);
                if (ModelNames.TryGetItemKnnMetric(name, out ItemSimilarityMetric metric))
                {
                    var knn = (ItemKnnRecommender)model;
                    knn.Fit(training, NeighborGraph.Empty(training.Ratings.Items.Count));
                    itemKnn.Add(metric, knn);
                }
                else
                {
                    model.Fit(training);
                    models.Add(name, model);
                }
            }

            Dictionary<int, Rating[]> ratingsByUser = dataset.Ratings
                .GroupBy(rating => rating.UserId)
                .ToDictionary(group => group.Key, group => group.ToArray());
            var summary = new DatasetSummary(
                dataset.Report.Directory,
                dataset.Movies.Count,
                dataset.Ratings.Count,
                ratingsByUser.Count,
                ComputeFingerprint(dataset, withRatings: true),
                ComputeFingerprint(dataset, withRatings: false));
            return new LoadedData(dataset, training, summary, models, itemKnn, ratingsByUser);
        }

        /// <summary>
        /// Hashes the movie ids and, with <paramref name="withRatings"/>, every (user, movie, rating)
        /// triple in file order with SHA-256, so silos that loaded different data get different
        /// values. The first 16 hex digits are kept.
        /// </summary>
        private static string ComputeFingerprint(MovieLensDataset dataset, bool withRatings)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Span<byte> buffer = stackalloc byte[16];
            foreach (Movie movie in dataset.Movies)
            {
                BinaryPrimitives.WriteInt32LittleEndian(buffer, movie.MovieId);
                hash.AppendData(buffer[..4]);
            }

            foreach (Rating rating in withRatings ? dataset.Ratings : [])
            {
                BinaryPrimitives.WriteInt32LittleEndian(buffer, rating.UserId);
                BinaryPrimitives.WriteInt32LittleEndian(buffer[4..], rating.MovieId);
                BinaryPrimitives.WriteDoubleLittleEndian(buffer[8..], rating.Value);
                hash.AppendData(buffer);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        }
    }
}
