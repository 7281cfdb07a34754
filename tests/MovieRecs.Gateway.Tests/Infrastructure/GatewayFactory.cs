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
/// <param name="dataDirectory">The MovieLens folder the embedded silo loads.</param>
/// <param name="buildSimilarityOnStartup">Whether the silo starts both similarity builds.</param>
/// <param name="sqlitePath">
/// The system-of-record file to reuse, as a restarted gateway would; by default a new file in a
/// temporary folder that is deleted with the factory.
/// </param>
/// <param name="settings">Further configuration values, applied after the defaults above.</param>
public sealed class GatewayFactory(
    string dataDirectory,
    bool buildSimilarityOnStartup,
    string? sqlitePath = null,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    private readonly string? _ownedDirectory =
        sqlitePath is null ? Directory.CreateTempSubdirectory("movierecs-gateway-").FullName : null;

    public int SiloPort { get; } = FindFreePort();

    public int GatewayPort { get; } = FindFreePort();

    /// <summary>The system-of-record file of this gateway's embedded silo, in a folder of its own.</summary>
    public string SqlitePath => sqlitePath ?? Path.Combine(_ownedDirectory!, "movierecs.db");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // A test may have removed the folder to make the database unreachable.
        if (_ownedDirectory is not null && Directory.Exists(_ownedDirectory))
        {
            Directory.Delete(_ownedDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MovieRecs:DataDirectory", dataDirectory);
        builder.UseSetting("MovieRecs:SiloPort", SiloPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("MovieRecs:GatewayPort", GatewayPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("MovieRecs:ShardCount", "4");
        builder.UseSetting("MovieRecs:SqlitePath", SqlitePath);
        builder.UseSetting("MovieRecs:BuildSimilarityOnStartup", buildSimilarityOnStartup ? "true" : "false");
        // Off, so tests that post ratings compare lists with the library's full build.
        builder.UseSetting("MovieRecs:NeighborRefreshInterval", "00:00:00");
        // Off, so no analytics run competes with the tests for the processors; the analytics tests
        // start their runs themselves.
        builder.UseSetting("MovieRecs:Analytics:RefreshInterval", "off");
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
