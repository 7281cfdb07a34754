using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MovieRecs.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway with its embedded silo on a given data directory, through the real HTTP pipeline.
/// Each factory takes its own free silo and gateway ports, because the embedded silo opens real
/// sockets.
/// </summary>
public sealed class GatewayFactory(string dataDirectory, bool buildSimilarityOnStartup) : WebApplicationFactory<Program>
{
    public int SiloPort { get; } = FindFreePort();

    public int GatewayPort { get; } = FindFreePort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MovieRecs:DataDirectory", dataDirectory);
        builder.UseSetting("MovieRecs:SiloPort", SiloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("MovieRecs:GatewayPort", GatewayPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("MovieRecs:ShardCount", "4");
        builder.UseSetting("MovieRecs:BuildSimilarityOnStartup", buildSimilarityOnStartup ? "true" : "false");
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
