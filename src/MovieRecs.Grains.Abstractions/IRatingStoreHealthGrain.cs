namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// Checks the system of record from a silo, for the gateway's readiness check; the gateway has no
/// database connection of its own in client mode. Use key 0.
/// </summary>
[Alias("MovieRecs.IRatingStoreHealthGrain")]
public interface IRatingStoreHealthGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Runs one query against the system of record and reports whether it returned within
    /// <paramref name="timeout"/>. Never throws for an unreachable database, because the report
    /// carries the reason.
    /// </summary>
    [Alias("Check")]
    Task<RatingStoreHealth> CheckAsync(TimeSpan timeout);
}
