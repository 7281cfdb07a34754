namespace MovieRecs.Gateway.RateLimiting;

/// <summary>
/// The per-client limit of the public API routes, bound from the "MovieRecs:RateLimiting"
/// section. Each client IP address gets <see cref="PermitLimit"/> requests per fixed
/// <see cref="Window"/>; further requests in the window get a 429.
/// </summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "MovieRecs:RateLimiting";

    /// <summary>Whether the public routes are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The requests one client IP address may make per window, at least 1.</summary>
    public int PermitLimit { get; set; } = 1000;

    /// <summary>The length of a window, from 1 ms to 1 day; the count resets when it ends.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
