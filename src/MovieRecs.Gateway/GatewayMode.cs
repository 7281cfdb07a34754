namespace MovieRecs.Gateway;

/// <summary>How the gateway reaches the grains.</summary>
public enum GatewayMode
{
    /// <summary>
    /// The gateway co-hosts a silo, configured from the same "MovieRecs" section as a silo host.
    /// </summary>
    Embedded,

    /// <summary>
    /// The gateway is an Orleans client of silos on 127.0.0.1, reached on MovieRecs:GatewayPort
    /// with the configured cluster and service ids.
    /// </summary>
    Client,
}
