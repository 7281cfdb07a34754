namespace MovieRecs.Gateway;

/// <summary>
/// Settings of the gateway host, bound from the "MovieRecs:Gateway" configuration section.
/// </summary>
public sealed class GatewayOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "MovieRecs:Gateway";

    /// <summary>
    /// Whether the gateway hosts a silo in its own process (<see cref="GatewayMode.Embedded"/>, the
    /// default) or connects to a separate cluster as an Orleans client.
    /// </summary>
    public GatewayMode Mode { get; set; } = GatewayMode.Embedded;

    /// <summary>How long the health check waits for the cluster's status.</summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
