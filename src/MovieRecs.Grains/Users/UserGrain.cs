using System.Diagnostics;
using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Telemetry;
using MovieRecs.Storage;

namespace MovieRecs.Grains.Users;

/// <summary>
/// A user's ratings and recommendations. The grain loads the user's ratings from the system of
/// record on activation, commits every posted or deleted rating there before it returns, and
/// scores that profile with the silo's fitted models at request time.
/// </summary>
/// <remarks>
/// Lists are cached per (model, count) until the user posts or deletes a rating. The item-knn models score
/// from the neighbor lists of the movies the user rated, fetched from their item grains and cached
/// with the similarity version they belong to. A newer completed build makes the grain fetch them
/// again.
/// </remarks>
public sealed partial class UserGrain(
    IRatingStore ratingStore,
    RecommendationModelStore store,
    MovieRecsMetrics metrics,
    TimeProvider timeProvider,
    ILogger<UserGrain> logger) : Grain, IUserGrain
{
    private readonly ILogger _logger = logger;
    private readonly Dictionary<int, UserRating> _ratings = [];
    private readonly Dictionary<(string Model, int Count, bool WithReasons), CachedRecommendations> _recommendations = [];
    private readonly Dictionary<ItemSimilarityMetric, Dictionary<int, CachedNeighbors>> _neighbors = [];
    private UserProfile? _profile;
    private int _userId;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        long key = this.GetPrimaryKeyLong();
        if (key is <= 0 or > int.MaxValue)
        {
            throw new InvalidOperationException(
                $"User id {key} is invalid: a user id must be an integer between 1 and {int.MaxValue}.");
        }

        _userId = (int)key;

        int posted = await LoadRatingsAsync(cancellationToken);
        LogActivated(_userId, _ratings.Count, posted);
        await base.OnActivateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<RecommendationList> GetRecommendationsAsync(string? model, int count) =>
        RecommendAsync(model, count, withReasons: false);

    /// <inheritdoc />
    public Task<RecommendationList> GetExplainedRecommendationsAsync(string? model, int count) =>
        RecommendAsync(model, count, withReasons: true);

    private async Task<RecommendationList> RecommendAsync(string? model, int count, bool withReasons)
    {
        long started = Stopwatch.GetTimestamp();
        string name = string.IsNullOrWhiteSpace(model) ? RecommenderCatalog.DefaultModel : ModelNames.Resolve(model);
        if (!RecommendationLimits.IsValidCount(count))
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                count,
                $"The count {count} is invalid: it must be {RecommendationLimits.CountRule}.");
        }

        UserProfile profile = GetProfile();
        bool fromNeighbors = ModelNames.TryGetItemKnnMetric(name, out ItemSimilarityMetric metric);
        ServedLists served = default;
        if (fromNeighbors && !profile.IsEmpty)
        {
            served = await GetServedListsAsync(metric);
        }

        // A data reload refits the models, so a list computed before it is stale.
        string fingerprint = store.Summary.Fingerprint;
        if (_recommendations.TryGetValue((name, count, withReasons), out CachedRecommendations? cached)
            && cached.Served == served
            && cached.Fingerprint == fingerprint)
        {
            metrics.RecordRecommendation(name, cached: true, Stopwatch.GetElapsedTime(started));
            return cached.List;
        }

        IReadOnlyList<ScoredMovie> scored;
        IReadOnlyDictionary<int, IReadOnlyList<MovieNeighbor>>? neighborLists = null;
        if (profile.IsEmpty)
        {
            scored = [];
        }
        else if (fromNeighbors)
        {
            neighborLists = await GetNeighborListsAsync(profile, metric, served);
            scored = store.GetItemKnn(metric).Recommend(profile, count, neighborLists);
        }
        else
        {
            scored = store.GetModel(name).Recommend(profile, count);
        }

        RecommendationList list;
        if (scored.Count > 0)
        {
            Func<int, RecommendationReason?>? reasons =
                withReasons ? movieId => ExplainScore(name, profile, movieId, neighborLists) : null;
            list = CreateList(name, name, fallback: false, scored, reasons);
        }
        else
        {
            string fallback = RecommenderCatalog.FallbackModel;
            Func<int, RecommendationReason?>? reasons =
                withReasons ? movieId => ExplainScore(fallback, profile, movieId, neighborLists: null) : null;
            list = CreateList(name, fallback, fallback: true, RecommendFallback(profile, count), reasons);
        }

        _recommendations[(name, count, withReasons)] = new CachedRecommendations(list, served, fingerprint);
        LogRecommended(_userId, name, list.ServedBy, list.Items.Count);
        metrics.RecordRecommendation(name, cached: false, Stopwatch.GetElapsedTime(started));
        return list;
    }

    /// <inheritdoc />
    public async Task<StoredRating> AddRatingAsync(int movieId, double rating)
    {
        if (!RatingScale.IsValid(rating))
        {
            throw new InvalidRatingException(movieId, rating);
        }

        if (!store.ContainsMovie(movieId))
        {
            throw new UnknownMovieException(movieId);
        }

        long timestamp = timeProvider.GetUtcNow().ToUnixTimeSeconds();

        // The rating counts once the system of record has committed it; a failed write leaves the
        // grain's memory as it was.
        RatingWrite write = await ReadOrThrowAsync(
            () => ratingStore.UpsertAsync(new Rating(_userId, movieId, rating, timestamp)),
            $"commit the rating {rating.ToString(CultureInfo.InvariantCulture)} of movie {movieId} by user {_userId}");
        _ratings[movieId] = new UserRating(_userId, movieId, rating, timestamp, Posted: true);
        InvalidateCaches();
        metrics.RecordRatingsIngested(MovieRecsTelemetry.PostedOperation, 1);
        string previousRating = write.PreviousValue?.ToString(CultureInfo.InvariantCulture) ?? "none";
        LogRatingStored(_userId, movieId, rating, previousRating);
        await TellItemAsync(movieId, write.PreviousValue, rating);
        return new StoredRating(_userId, movieId, rating, timestamp, write.PreviousValue);
    }

    /// <inheritdoc />
    public async Task<UserRating?> RemoveRatingAsync(int movieId)
    {
        Rating? deleted = await ReadOrThrowAsync(
            () => ratingStore.DeleteAsync(_userId, movieId),
            $"delete the rating of movie {movieId} by user {_userId}");
        if (deleted is not null)
        {
            metrics.RecordRatingsIngested(MovieRecsTelemetry.DeletedOperation, 1);
        }

        if (!_ratings.Remove(movieId, out UserRating? removed) && deleted is null)
        {
            return null;
        }

        InvalidateCaches();
        LogRatingDeleted(_userId, movieId);
        await TellItemAsync(movieId, deleted?.Value ?? removed?.Rating, current: null);
        return removed ?? new UserRating(_userId, movieId, deleted!.Value.Value, deleted.Value.Timestamp, Posted: true);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserRating>> GetRatingsAsync() =>
        Task.FromResult<IReadOnlyList<UserRating>>(_ratings.Values.OrderBy(rating => rating.MovieId).ToArray());

    /// <summary>
    /// Runs a call to the system of record, turning a database failure into a <see
    /// cref="RatingStoreUnavailableException"/> that names what was attempted; the drivers' own
    /// exceptions cannot be sent to the caller.
    /// </summary>
    private async Task<T> ReadOrThrowAsync<T>(Func<Task<T>> call, string attempted)
    {
        try
        {
            return await call();
        }
        catch (DbException exception)
        {
            LogStoreFailed(exception, _userId, attempted);
            throw new RatingStoreUnavailableException(
                $"The system of record could not {attempted}: {exception.Message} Nothing was changed; retry " +
                "the request once the database is reachable.");
        }
    }

    /// <summary>
    /// Tells the movie's item grain about a committed change, for its statistics and the next
    /// neighbor refresh. The rating is durable already, so a lost item grain costs only freshness.
    /// </summary>
    private async Task TellItemAsync(int movieId, double? previous, double? current)
    {
        try
        {
            await GrainFactory.GetGrain<IItemGrain>(movieId).ApplyRatingChangeAsync(_userId, previous, current);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            LogItemNotTold(_userId, movieId, exception.Message);
        }
    }

    /// <inheritdoc />
    public async Task ReloadRatingsAsync()
    {
        int posted = await LoadRatingsAsync(CancellationToken.None);
        InvalidateCaches();
        LogRatingsReloaded(_userId, _ratings.Count, posted);
    }

    /// <summary>
    /// Replaces the grain's ratings with the system of record's; returns how many are posted.
    /// </summary>
    private async Task<int> LoadRatingsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Rating> stored = await ReadOrThrowAsync(
            () => ratingStore.GetUserRatingsAsync(_userId, cancellationToken),
            $"read the ratings of user {_userId}");

        // A rating counts as posted when the silo's models were fitted without it, so when the
        // training snapshot lacks it or holds another value or time.
        var fitted = new HashSet<Rating>(store.GetUserRatings(_userId));
        int posted = 0;
        _ratings.Clear();
        foreach (Rating rating in stored)
        {
            bool isPosted = !fitted.Contains(rating);
            _ratings[rating.MovieId] =
                new UserRating(_userId, rating.MovieId, rating.Value, rating.Timestamp, isPosted);
            posted += isPosted ? 1 : 0;
        }

        return posted;
    }

    private void InvalidateCaches()
    {
        _profile = null;
        _recommendations.Clear();
    }

    private UserProfile GetProfile() =>
        _profile ??= new UserProfile(
            _userId,
            _ratings.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.Rating)));

    private async Task<ServedLists> GetServedListsAsync(ItemSimilarityMetric metric)
    {
        SimilarityJobStatus status = await GrainFactory
            .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
            .GetSimilarityStatusAsync(metric);
        if (!status.IsReady)
        {
            LogSimilarityNotReady(_userId, metric, status.State);
            throw new SimilarityNotReadyException(metric, status.State, status.Error);
        }

        return new ServedLists(status.ServedVersion, status.Revision);
    }

    /// <summary>
    /// Returns the neighbor lists of the movies the user rated, fetching from their item grains
    /// those not cached for the served build.
    /// </summary>
    private async Task<IReadOnlyDictionary<int, IReadOnlyList<MovieNeighbor>>> GetNeighborListsAsync(
        UserProfile profile,
        ItemSimilarityMetric metric,
        ServedLists served)
    {
        if (!_neighbors.TryGetValue(metric, out Dictionary<int, CachedNeighbors>? cache))
        {
            cache = [];
            _neighbors.Add(metric, cache);
        }

        int[] missing = profile.Ratings.Keys
            .Where(movieId => !cache.TryGetValue(movieId, out CachedNeighbors? entry) || entry.FetchedFor != served)
            .ToArray();
        if (missing.Length > 0)
        {
            NeighborList[] lists = await Task.WhenAll(
                missing.Select(movieId => GrainFactory.GetGrain<IItemGrain>(movieId).GetNeighborsAsync(metric)));
            int stale = 0;
            foreach (NeighborList list in lists)
            {
                MovieNeighbor[] neighbors = list.Neighbors
                    .Select(neighbor => new MovieNeighbor(neighbor.MovieId, neighbor.Similarity))
                    .ToArray();
                cache[list.MovieId] = new CachedNeighbors(served, neighbors);
                stale += list.Version < served.Version ? 1 : 0;
            }

            LogNeighborsFetched(_userId, metric, missing.Length, served.Version);
            if (stale > 0)
            {
                LogStaleNeighborLists(_userId, metric, stale, served.Version);
            }
        }

        var neighborsByRatedMovie = new Dictionary<int, IReadOnlyList<MovieNeighbor>>(profile.Ratings.Count);
        foreach (int movieId in profile.Ratings.Keys)
        {
            neighborsByRatedMovie[movieId] = cache[movieId].Neighbors;
        }

        return neighborsByRatedMovie;
    }

    private IReadOnlyList<ScoredMovie> RecommendFallback(UserProfile profile, int count) =>
        store.GetModel(RecommenderCatalog.FallbackModel).Recommend(profile, count);

    private RecommendationList CreateList(
        string model,
        string servedBy,
        bool fallback,
        IReadOnlyList<ScoredMovie> scored,
        Func<int, RecommendationReason?>? reasons)
    {
        RecommendedMovie[] items = scored
            .Select(entry =>
            {
                Movie movie = store.GetMovie(entry.MovieId);
                RecommendationReason? reason = reasons?.Invoke(entry.MovieId);
                return new RecommendedMovie(movie.MovieId, movie.Title, movie.Year, movie.Genres, entry.Score, reason);
            })
            .ToArray();
        return new RecommendationList(_userId, model, servedBy, fallback, items);
    }

    /// <summary>
    /// The served similarity build and its refresh revision; default for models without lists.
    /// </summary>
    private readonly record struct ServedLists(long Version, long Revision);

    /// <summary>A cached top-N list, the lists it was scored with and the fingerprint of the data the models were fitted on.</summary>
    private sealed record CachedRecommendations(RecommendationList List, ServedLists Served, string Fingerprint);

    /// <summary>
    /// A rated movie's neighbor list as fetched from its item grain, while <paramref name="FetchedFor"/>
    /// was served; a newer build or refresh makes the grain fetch it again.
    /// </summary>
    private sealed record CachedNeighbors(ServedLists FetchedFor, MovieNeighbor[] Neighbors);
}
