using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Admin;

/// <summary>
/// Groups the validated ratings of one import into batches and sends each to the import grain,
/// with at most one batch in flight while the next one is read.
/// </summary>
internal sealed class RatingImportBatcher(IRatingImportGrain importer, string importId, int batchSize)
{
    private readonly List<ImportedRating> _batch = new(batchSize);
    private Task<RatingImportBatchResult>? _pending;
    private int _pendingCount;

    /// <summary>The number of batches sent so far.</summary>
    public int BatchesSent { get; private set; }

    /// <summary>The ratings of the batches the cluster has committed.</summary>
    public long RatingsCommitted { get; private set; }

    /// <summary>The user reloads of the committed batches.</summary>
    public long UsersReloaded { get; private set; }

    /// <summary>Adds a rating, sending the batch once it is full.</summary>
    public async ValueTask AddAsync(Rating rating)
    {
        _batch.Add(new ImportedRating(rating.UserId, rating.MovieId, rating.Value, rating.Timestamp));
        if (_batch.Count == batchSize)
        {
            await SendAsync();
        }
    }

    /// <summary>Sends the last, partial batch and waits until every batch is committed.</summary>
    public async Task CompleteAsync()
    {
        if (_batch.Count > 0)
        {
            await SendAsync();
        }

        await WaitForPendingAsync();
    }

    /// <summary>
    /// Waits for the batch in flight and drops the ratings not sent yet, after the input failed.
    /// </summary>
    public async Task AbandonAsync()
    {
        _batch.Clear();
        await WaitForPendingAsync();
    }

    private async Task SendAsync()
    {
        await WaitForPendingAsync();
        _pendingCount = _batch.Count;
        _pending = importer.ImportBatchAsync(new RatingImportBatch(importId, BatchesSent, _batch.ToArray()));
        BatchesSent++;
        _batch.Clear();
    }

    private async Task WaitForPendingAsync()
    {
        if (_pending is null)
        {
            return;
        }

        RatingImportBatchResult result = await _pending;
        _pending = null;
        RatingsCommitted += _pendingCount;
        UsersReloaded += result.UsersReloaded;
    }
}
