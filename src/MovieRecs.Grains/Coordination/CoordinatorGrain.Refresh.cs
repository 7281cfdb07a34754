using System.Data.Common;
using System.Diagnostics;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <remarks>
/// The neighbor refresh: item grains report once per movie that a committed rating changed it;
/// every <see cref="SimilarityJobOptions.NeighborRefreshInterval"/> the coordinator takes the
/// changed users from those item grains, reads their current ratings from the system of record
/// and recomputes only the changed movies' rows with
/// <see cref="ItemSimilarityBuilder.BuildRowsWithChanges"/>. Every user changed since the silos
/// loaded their snapshot stays in the overlay, so a row never mixes a user's old and new ratings.
/// </remarks>
public sealed partial class CoordinatorGrain
{
    private readonly Dictionary<int, IReadOnlyDictionary<int, double>> _currentRatings = [];
    private readonly Dictionary<ItemSimilarityMetric, ItemSimilarityBuilder> _refreshBuilders = [];
    private IGrainTimer? _refreshTimer;
    private bool _refreshing;

    /// <inheritdoc />
    public Task ReportItemChangedAsync(int movieId)
    {
        if (!state.State.ChangedItems.Add(movieId))
        {
            return Task.CompletedTask;
        }

        StartRefreshTimer();
        return PersistAsync();
    }

    private void StartRefreshTimer()
    {
        TimeSpan interval = jobOptions.Value.NeighborRefreshInterval;
        if (_refreshTimer is not null || interval <= TimeSpan.Zero)
        {
            return;
        }

        _refreshTimer = this.RegisterGrainTimer(
            RefreshNeighborsAsync,
            new GrainTimerCreationOptions(interval, interval) { KeepAlive = true });
    }

    /// <summary>
    /// After a full build, which ran on the snapshot, marks every movie a changed user rated before
    /// or rates now, so the next refresh puts the changes back into the new lists.
    /// </summary>
    private void MarkChangedUsersMovies()
    {
        foreach (int user in state.State.ChangedUsers)
        {
            state.State.ChangedItems.UnionWith(store.GetUserRatings(user).Select(rating => rating.MovieId));
            if (_currentRatings.TryGetValue(user, out IReadOnlyDictionary<int, double>? current))
            {
                state.State.ChangedItems.UnionWith(current.Keys);
            }
        }

        if (state.State.ChangedItems.Count > 0)
        {
            StartRefreshTimer();
        }
    }

    private async Task RefreshNeighborsAsync(CancellationToken cancellationToken)
    {
        // The grain is reentrant, so a slow refresh must not overlap the next tick, and a build
        // in progress pushes lists the refresh would race with.
        if (_refreshing || _runningJobs.Count > 0 || state.State.ChangedItems.Count == 0)
        {
            return;
        }

        _refreshing = true;
        var clock = Stopwatch.StartNew();
        int[] movies = state.State.ChangedItems.Order().ToArray();
        state.State.ChangedItems.Clear();
        try
        {
            IReadOnlyList<int>[] changedUsers = await Task.WhenAll(movies.Select(movieId => GrainFactory
                .GetGrain<IItemGrain>(movieId)
                .TakeChangedUsersAsync()));
            int[] users = changedUsers.SelectMany(list => list).Distinct().Order().ToArray();
            state.State.ChangedUsers.UnionWith(users);
            await ReadCurrentRatingsAsync(users, cancellationToken);

            foreach (ItemSimilarityMetric metric in Metrics)
            {
                if (GetStatus(metric).IsReady)
                {
                    await RefreshMetricAsync(metric, movies, users.Length, clock);
                }
            }

            await PersistAsync();
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException or DbException)
        {
            // The changed users stay in the item grains' hands only until taken, so the movies are
            // marked again and the next tick refreshes them with whatever was taken.
            state.State.ChangedItems.UnionWith(movies);
            LogRefreshFailed(movies.Length, exception.Message);
        }
        finally
        {
            _refreshing = false;
        }
    }

    /// <summary>
    /// Reads again the ratings of the users that changed now, and of every earlier changed user
    /// whose ratings this activation has not read yet.
    /// </summary>
    private async Task ReadCurrentRatingsAsync(int[] changedNow, CancellationToken cancellationToken)
    {
        int[] toRead = state.State.ChangedUsers
            .Where(user => Array.BinarySearch(changedNow, user) >= 0 || !_currentRatings.ContainsKey(user))
            .ToArray();
        IReadOnlyList<Rating>[] ratings = await Task.WhenAll(
            toRead.Select(user => ratingStore.GetUserRatingsAsync(user, cancellationToken)));
        for (int position = 0; position < toRead.Length; position++)
        {
            _currentRatings[toRead[position]] = ratings[position].ToDictionary(rating => rating.MovieId, rating => rating.Value);
        }
    }

    private async Task RefreshMetricAsync(ItemSimilarityMetric metric, int[] movies, int userCount, Stopwatch clock)
    {
        RatingMatrix matrix = store.Training.Ratings;
        if (!_refreshBuilders.TryGetValue(metric, out ItemSimilarityBuilder? builder))
        {
            builder = new ItemSimilarityBuilder(matrix, store.GetSimilarityOptions(metric));
            _refreshBuilders[metric] = builder;
        }

        int[] items = movies
            .Select(movieId => matrix.Items.TryGetIndex(movieId, out int item) ? item : -1)
            .Where(item => item >= 0)
            .ToArray();
        Neighbor[][] rows = await cpuWork.RunAsync(() => builder.BuildRowsWithChanges(items, _currentRatings));

        SimilarityJobStatus status = GetStatus(metric);
        long revision = status.Revision + 1;
        int batchSize = jobOptions.Value.PushBatchSize;
        for (int first = 0; first < items.Length; first += batchSize)
        {
            await Task.WhenAll(Enumerable.Range(first, Math.Min(batchSize, items.Length - first)).Select(position =>
            {
                int movieId = matrix.Items.GetId(items[position]);
                MovieSimilarity[] neighbors = rows[position]
                    .Select(neighbor => new MovieSimilarity(matrix.Items.GetId(neighbor.Index), neighbor.Similarity))
                    .ToArray();
                return GrainFactory
                    .GetGrain<IItemGrain>(movieId)
                    .SetNeighborsAsync(new NeighborList(movieId, metric, status.ServedVersion, neighbors, revision));
            }));
        }

        state.State.Jobs[metric] = GetStatus(metric) with { Revision = revision, RefreshedAt = timeProvider.GetUtcNow() };
        LogNeighborsRefreshed(metric, status.ServedVersion, revision, items.Length, userCount, clock.ElapsedMilliseconds);
    }
}
