using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MovieRecs.Browser.Tests;

/// <summary>
/// The gateway with its embedded silo on Kestrel at a free port of 127.0.0.1, so a browser can
/// reach it, with an admin key and a system-of-record file in a temporary folder of its own.
/// </summary>
/// <param name="dataDirectory">The MovieLens folder the embedded silo loads.</param>
public sealed class DashboardGatewayFactory(string dataDirectory) : WebApplicationFactory<global::Program>
{
    /// <summary>The admin API key the gateway is configured with.</summary>
    public const string ApiKey = "browser-test-admin-key-0123456789";

    private readonly string _directory = Directory.CreateTempSubdirectory("movierecs-browser-").FullName;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MovieRecs:DataDirectory", dataDirectory);
        builder.UseSetting("MovieRecs:SiloPort", FindFreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("MovieRecs:GatewayPort", FindFreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("MovieRecs:SqlitePath", Path.Combine(_directory, "movierecs.db"));
        builder.UseSetting("MovieRecs:BuildSimilarityOnStartup", "true");
        builder.UseSetting("MovieRecs:Gateway:AdminApiKey", ApiKey);
        // Off, so no run competes with the other pages' tests; the Customers test starts one.
        builder.UseSetting("MovieRecs:Analytics:RefreshInterval", "off");
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
