using MovieRecs.Algorithms.Exploration;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Charts;

/// <summary>
/// The data profile of the cluster, fetched from a silo once and kept for the gateway's lifetime,
/// because the silos compute it from the data set they loaded at start.
/// </summary>
/// <remarks>
/// A failed fetch is not kept, so the next request tries again.
/// </remarks>
internal sealed class ProfileCache(IGrainFactory grainFactory) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private DatasetProfile? _profile;

    /// <summary>Returns the profile, fetching it on the first call.</summary>
    public async Task<DatasetProfile> GetAsync(CancellationToken cancellationToken)
    {
        if (_profile is DatasetProfile cached)
        {
            return cached;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_profile is null)
            {
                DatasetProfileResult result = await grainFactory.GetGrain<IDataProfileGrain>(0).GetProfileAsync();
                _profile = ChartConversions.ToProfile(result);
            }

            return _profile;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();
}
