namespace MovieRecs.Grains.Abstractions;

/// <summary>The result of one check of the system of record.</summary>
/// <param name="Provider">The database engine, "sqlite" or "postgresql".</param>
/// <param name="Silo">The address of the silo that ran the check.</param>
/// <param name="IsReachable">Whether the query succeeded within the timeout.</param>
/// <param name="Error">Why the check failed; null when it succeeded.</param>
/// <param name="ElapsedMilliseconds">The time the check took.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RatingStoreHealth")]
public sealed record RatingStoreHealth(
    [property: Id(0)] string Provider,
    [property: Id(1)] string Silo,
    [property: Id(2)] bool IsReachable,
    [property: Id(3)] string? Error,
    [property: Id(4)] double ElapsedMilliseconds);
