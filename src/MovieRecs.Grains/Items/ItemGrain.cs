using Microsoft.Extensions.Logging;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Items;

/// <summary>
/// A movie's catalogue data, from the silo's data set, and its neighbor lists, which the
/// coordinator's similarity builds push and grain storage keeps across deactivations.
/// </summary>
public sealed partial class ItemGrain(
    // NOTE: with the memory storage of the default host, the lists are lost when the silo that
    // stores them stops, and are back only after the next similarity build.
    [PersistentState("neighbors", GrainStorage.Name)] IPersistentState<ItemGrainState> state,
    RecommendationModelStore store,
    ILogger<ItemGrain> logger) : Grain, IItemGrain
{
    private readonly ILogger _logger = logger;

    /// <inheritdoc />
    public Task<MovieInfo> GetMovieAsync()
    {
        Movie movie = GetCatalogueMovie();
        RatingMatrix matrix = store.Training.Ratings;
        matrix.Items.TryGetIndex(movie.MovieId, out int item);
        int ratingCount = matrix.ItemRatingCount(item);
        double? meanRating = ratingCount == 0 ? null : matrix.ItemMean(item);
        var info = new MovieInfo(movie.MovieId, movie.Title, movie.Year, movie.Genres, ratingCount, meanRating);
        return Task.FromResult(info);
    }

    /// <inheritdoc />
    public Task<GenreFeatures> GetGenreFeaturesAsync()
    {
        Movie movie = GetCatalogueMovie();
        var genres = store.Training.Genres;
        store.Training.Ratings.Items.TryGetIndex(movie.MovieId, out int item);
        var values = new double[genres.Genres.Count];
        genres.CopyRow(item, values);
        return Task.FromResult(new GenreFeatures(movie.MovieId, genres.Genres, values));
    }

    /// <inheritdoc />
    public async Task SetNeighborsAsync(NeighborList neighbors)
    {
        ArgumentNullException.ThrowIfNull(neighbors);
        Movie movie = GetCatalogueMovie();
        if (neighbors.MovieId != movie.MovieId)
        {
            throw new ArgumentException(
                $"The neighbor list of movie {neighbors.MovieId} was sent to the item grain of movie {movie.MovieId}.",
                nameof(neighbors));
        }

        if (state.State.Lists.TryGetValue(neighbors.Metric, out NeighborList? current)
            && current.Version > neighbors.Version)
        {
            LogStaleListIgnored(movie.MovieId, neighbors.Metric, neighbors.Version, current.Version);
            return;
        }

        state.State.Lists[neighbors.Metric] = neighbors;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<NeighborList> GetNeighborsAsync(ItemSimilarityMetric metric)
    {
        Movie movie = GetCatalogueMovie();
        return Task.FromResult(GetStoredList(movie.MovieId, metric));
    }

    /// <inheritdoc />
    public async Task<SimilarMovieList> GetSimilarAsync(int count, ItemSimilarityMetric metric)
    {
        Movie movie = GetCatalogueMovie();
        if (!RecommendationLimits.IsValidCount(count))
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                count,
                $"The count {count} is invalid: it must be {RecommendationLimits.CountRule}.");
        }

        NeighborList list = GetStoredList(movie.MovieId, metric);
        if (list.Version == 0)
        {
            // Every completed build stores a list, empty ones included, so a missing list means the
            // build has not reached this movie yet, or the storage lost it.
            SimilarityJobStatus status = await GrainFactory
                .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
                .GetSimilarityStatusAsync(metric);
            if (!status.IsReady)
            {
                throw new SimilarityNotReadyException(metric, status.State, status.Error);
            }

            LogListMissing(movie.MovieId, metric, status.ServedVersion);
        }

        SimilarMovie[] items = list.Neighbors
            .Take(count)
            .Select(neighbor =>
            {
                Movie similar = store.GetMovie(neighbor.MovieId);
                return new SimilarMovie(
                    similar.MovieId,
                    similar.Title,
                    similar.Year,
                    similar.Genres,
                    neighbor.Similarity);
            })
            .ToArray();
        string metricName = SimilarityMetricNames.ToName(metric);
        return new SimilarMovieList(movie.MovieId, movie.Title, metricName, list.Version, items);
    }

    private Movie GetCatalogueMovie() => store.GetMovie(this.GetPrimaryKeyLong());

    private NeighborList GetStoredList(int movieId, ItemSimilarityMetric metric) =>
        state.State.Lists.TryGetValue(metric, out NeighborList? list) ? list : new NeighborList(movieId, metric, 0, []);
}
