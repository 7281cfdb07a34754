namespace MovieRecs.Silo;

/// <summary>The values of <see cref="MovieRecsSiloOptions.Clustering"/>.</summary>
public static class ClusteringModes
{
    /// <summary>Every silo and client on one host, found by fixed ports; the embedded default.</summary>
    public const string Localhost = "localhost";

    /// <summary>Silos and clients found through Orleans' Redis membership table.</summary>
    public const string Redis = "redis";

    /// <summary>Returns whether a mode is known, ignoring case.</summary>
    public static bool IsKnown(string? mode) => IsRedis(mode) || string.Equals(mode, Localhost, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether a mode is <see cref="Redis"/>, ignoring case.</summary>
    public static bool IsRedis(string? mode) => string.Equals(mode, Redis, StringComparison.OrdinalIgnoreCase);
}
