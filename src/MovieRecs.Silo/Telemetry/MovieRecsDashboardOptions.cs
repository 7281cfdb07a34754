namespace MovieRecs.Silo.Telemetry;

/// <summary>
/// Settings of the Orleans dashboard, bound from the "MovieRecs:Dashboard" section. Every silo
/// collects the dashboard's grain statistics when it is enabled, and the gateway serves its page.
/// </summary>
public sealed class MovieRecsDashboardOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "MovieRecs:Dashboard";

    /// <summary>
    /// Whether the dashboard is on. In cluster mode, set it on every silo and on the gateway, because
    /// the page reads statistics from grains that only silos with the dashboard host.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>The route prefix of the page on the gateway, starting with "/".</summary>
    public string Path { get; set; } = "/dashboard";

    /// <summary>
    /// The one gateway port the page is served on, so a firewall rule can restrict it. With 0, the
    /// default, it is served on every port the gateway listens on. The gateway must listen on
    /// this port too (add it to <c>urls</c>).
    /// </summary>
    public int Port { get; set; }
}
