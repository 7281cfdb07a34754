using System.Globalization;
using MovieRecs.Grains.Tests.Infrastructure;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MovieRecs.Cluster.Tests.Infrastructure;

/// <summary>
/// Silo processes and a gateway process in cluster mode: Redis membership, the PostgreSQL system
/// of record in a database of their own, and the synthetic data set. Every port is free when
/// chosen and bound to 127.0.0.1.
/// </summary>
internal sealed class ProcessCluster : IAsyncDisposable
{
    private readonly Dictionary<int, (int SiloPort, int GatewayPort)> _siloPorts = [];
    private readonly Dictionary<int, ChildProcess> _silos = [];
    private readonly string _serverConnectionString;
    private ChildProcess? _gateway;

    private readonly bool _ownsDataDirectory;

    private ProcessCluster(string serverConnectionString, string databaseName, string? dataDirectory)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? SyntheticDataset.CreateDirectory();
        _serverConnectionString = serverConnectionString;
        DatabaseName = databaseName;
        DatabaseConnectionString =
            new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ToString();
        ClusterId = "faulttest-" + Guid.NewGuid().ToString("N")[..12];
        HttpPort = FreePort();
    }

    /// <summary>The MovieLens files the silos load: the synthetic data set unless one was given.</summary>
    public string DataDirectory { get; }

    public string DatabaseName { get; }

    public string DatabaseConnectionString { get; }

    public string ClusterId { get; }

    public int HttpPort { get; }

    public Uri GatewayAddress => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>
    /// Creates the cluster's database; the silos load <paramref name="dataDirectory"/>, or a new
    /// synthetic data set when it is null.
    /// </summary>
    public static async Task<ProcessCluster> CreateAsync(string? dataDirectory = null)
    {
        string server = ClusterEnvironment.PostgresConnectionString!;
        string database = "movierecs_cluster_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
        await create.ExecuteNonQueryAsync();
        return new ProcessCluster(server, database, dataDirectory);
    }

    /// <summary>
    /// Starts silo number <paramref name="index"/>, on the same ports as before when it ran already,
    /// with <paramref name="extraSettings"/> on top of the cluster's settings.
    /// </summary>
    public ChildProcess StartSilo(int index, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        if (!_siloPorts.TryGetValue(index, out (int SiloPort, int GatewayPort) ports))
        {
            ports = (FreePort(), FreePort());
            _siloPorts[index] = ports;
        }

        Dictionary<string, string> settings = CommonSettings();
        settings["MovieRecs:DataDirectory"] = DataDirectory;
        settings["MovieRecs:RatingStore"] = "postgresql";
        settings["MovieRecs:PostgresConnectionString"] = DatabaseConnectionString;
        settings["MovieRecs:SiloPort"] = ports.SiloPort.ToString(CultureInfo.InvariantCulture);
        settings["MovieRecs:GatewayPort"] = ports.GatewayPort.ToString(CultureInfo.InvariantCulture);
        settings["MovieRecs:ShardCount"] = "6";
        foreach ((string key, string value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        ChildProcess silo = ChildProcess.Start($"silo {index}", "MovieRecs.Silo", settings);
        _silos[index] = silo;
        return silo;
    }

    public ChildProcess StartGateway()
    {
        Dictionary<string, string> settings = CommonSettings();
        settings["MovieRecs:Gateway:Mode"] = "Client";
        settings["urls"] = GatewayAddress.ToString();

        // The tests send from one loopback client as fast as the cluster responds, which can pass the
        // public rate limit of 1000 requests a second, so a 429 would read as a failed request.
        settings["MovieRecs:RateLimiting:Enabled"] = "false";
        _gateway = ChildProcess.Start("gateway", "MovieRecs.Gateway", settings);
        return _gateway;
    }

    public ChildProcess Silo(int index) => _silos[index];

    /// <summary>
    /// Returns the index of the silo an Orleans silo address such as "S127.0.0.1:41234:155420416"
    /// names, by its silo port, or -1 when it names none of this cluster's silos.
    /// </summary>
    public int SiloIndexOf(string siloAddress)
    {
        string[] parts = siloAddress.Split(':');
        if (parts.Length < 2 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out int port))
        {
            return -1;
        }

        foreach ((int index, (int siloPort, _)) in _siloPorts)
        {
            if (siloPort == port)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The last output of every process, for a failure message.</summary>
    public string Output() =>
        string.Join(Environment.NewLine, _silos.Values.Append(_gateway).OfType<ChildProcess>().Select(process => process.Output()));

    public async ValueTask DisposeAsync()
    {
        _gateway?.Dispose();
        foreach (ChildProcess silo in _silos.Values)
        {
            silo.Dispose();
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        if (_ownsDataDirectory)
        {
            SyntheticDataset.DeleteDirectory(DataDirectory);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Dictionary<string, string> CommonSettings() => new(StringComparer.Ordinal)
    {
        ["MovieRecs:Clustering"] = "redis",
        ["MovieRecs:Analytics:RefreshInterval"] = "off",
        ["MovieRecs:RedisConnectionString"] = ClusterEnvironment.RedisConnectionString!,
        ["MovieRecs:ClusterId"] = ClusterId,
        ["MovieRecs:ServiceId"] = ClusterId,
    };
}
