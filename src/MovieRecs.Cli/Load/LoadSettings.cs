namespace MovieRecs.Cli.Load;

/// <summary>
/// One load run's settings. <see cref="Rate"/> is null for a closed loop of
/// <see cref="Concurrency"/> workers, or the requests per second of an open loop in which
/// <see cref="Concurrency"/> caps the requests in flight.
/// </summary>
internal sealed record LoadSettings(
    Uri BaseAddress,
    TimeSpan Duration,
    TimeSpan Warmup,
    int Concurrency,
    double? Rate,
    int FirstUser,
    int LastUser,
    string Model,
    int Count)
{
    /// <summary>The number of user ids in [<see cref="FirstUser"/>, <see cref="LastUser"/>].</summary>
    public int UserCount => LastUser - FirstUser + 1;
}
