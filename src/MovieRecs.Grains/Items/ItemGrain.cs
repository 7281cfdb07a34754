using Microsoft.Extensions.Logging;
using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Storage;

namespace MovieRecs.Grains.Items;

/// <summary>
/// A movie's catalogue data, from the silo's data set; its rating statistics, read from the system
/// of record once and then updated with every committed change; and its neighbor lists, which the
/// coordinator's similarity builds and refreshes push and grain storage keeps across deactivations.
/// </summary>
public sealed partial class ItemGrain(
    // NOTE: with the memory storage of the default host, the lists are lost when the silo that
    // stores them stops, and are back only after the next similarity build.
    [PersistentState("neighbors", GrainStorage.Name)] IPersistentState<ItemGrainState> state,
    RecommendationModelStore store,
    IRatingStore ratingStore,
    ILogger<ItemGrain> logger) : Grain, IItemGrain
{
    private readonly ILogger _logger = logger;
    private readonly HashSet<int> _changedUsers = [];
    private Task<MovieRatingStatistics>? _statistics;
    private bool _changeReported;

    /// <inheritdoc />
    public async Task<MovieInfo> GetMovieAsync()
    {
        Movie movie = GetCatalogueMovie();
        MovieRatingStatistics statistics = await GetStatisticsAsync();
        return new MovieInfo(
            movie.MovieId,
            movie.Title,
            movie.Year,
            movie.Genres,
            (int)statistics.Count,
            statistics.Mean);
    }

    /// <inheritdoc />
    public async Task ApplyRatingChangeAsync(int userId, double? previous, double? current)
    {
        Movie movie = GetCatalogueMovie();
        _changedUsers.Add(userId);
        if (_statistics is null)
        {
            // The change was committed before this call, so statistics read now include it.
            // NOTE: another change committed while the read runs and applied after it counts
            // twice, until the grain is activated again.
            await GetStatisticsAsync();
        }
        else
        {
            await ApplyToStatisticsAsync(movie.MovieId, previous, current);
        }

        await ReportChangeAsync(movie.MovieId);
    }

    private async Task ApplyToStatisticsAsync(int movieId, double? previous, double? current)
    {
        MovieRatingStatistics before = await GetStatisticsAsync();
        double oldValue = previous ?? 0;
        double newValue = current ?? 0;
        long count = before.Count + (current is null ? 0 : 1) - (previous is null ? 0 : 1);
        _statistics = Task.FromResult(new MovieRatingStatistics(
            movieId,
            count,
            before.Sum + newValue - oldValue,
            before.SumOfSquares + (newValue * newValue) - (oldValue * oldValue)));
    }

    private async Task ReportChangeAsync(int movieId)
    {
        if (_changeReported)
        {
            return;
        }

        // One report per movie until the coordinator takes the changes, however many arrive.
        _changeReported = true;
        try
        {
            await GrainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default).ReportItemChangedAsync(movieId);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            _changeReported = false;
            LogChangeNotReported(movieId, exception.Message);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<int>> TakeChangedUsersAsync()
    {
        int[] users = _changedUsers.Order().ToArray();
        _changedUsers.Clear();
        _changeReported = false;
        return Task.FromResult<IReadOnlyList<int>>(users);
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
            && current.IsNewerThan(neighbors))
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

    /// <summary>
    /// The movie's rating statistics: read from the system of record on first use, since the silo's
    /// snapshot misses what was posted after it started, and kept current by every change after.
    /// </summary>
    private Task<MovieRatingStatistics> GetStatisticsAsync()
    {
        if (_statistics is null || _statistics.IsFaulted || _statistics.IsCanceled)
        {
            _statistics = ratingStore.GetMovieStatisticsAsync((int)this.GetPrimaryKeyLong());
        }

        return _statistics;
    }

    private Movie GetCatalogueMovie() => store.GetMovie(this.GetPrimaryKeyLong());

    private NeighborList GetStoredList(int movieId, ItemSimilarityMetric metric) =>
        state.State.Lists.TryGetValue(metric, out NeighborList? list) ? list : new NeighborList(movieId, metric, 0, []);
}
