namespace MovieRecs.Grains.Workers;

/// <summary>
/// Runs a silo's CPU-bound job steps (similarity shards, merges, evaluations) on dedicated threads,
/// at most one per processor at a time.
/// </summary>
/// <remarks>
/// Orleans runs every grain turn on the .NET thread pool. Steps that compute for seconds would hold
/// pool threads and stall message processing and the silo's health checks, so they run on their own
/// threads, and the slots keep them from oversubscribing the processors.
/// </remarks>
public sealed class CpuWorkLimiter : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>
    /// Waits for a free slot, then runs <paramref name="work"/> on a dedicated thread.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);

        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await Task.Factory.StartNew(
                work,
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
