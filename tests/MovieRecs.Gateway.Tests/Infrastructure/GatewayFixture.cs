using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Infrastructure;

/// <summary>
/// One gateway per test collection. With the startup build on, the fixture waits until /health
/// reports ready. A fixture without a data directory starts nothing, for runs where its tests are
/// skipped.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class GatewayFixture : IAsyncLifetime
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);

    private GatewayFactory? _factory;
    private HttpClient? _client;

    public HttpClient Client => _client ?? throw new InvalidOperationException("The gateway was not started.");

    /// <summary>The gateway's services, for tests that call grains directly.</summary>
    public IServiceProvider Services =>
        _factory?.Services ?? throw new InvalidOperationException("The gateway was not started.");

    /// <summary>The system-of-record file of the gateway's embedded silo.</summary>
    public string SqlitePath => _factory?.SqlitePath ?? throw new InvalidOperationException("The gateway was not started.");

    protected abstract string? DataDirectory { get; }

    protected abstract bool BuildSimilarityOnStartup { get; }

    /// <summary>Further configuration values of the gateway; none by default.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public virtual async Task InitializeAsync()
    {
        if (DataDirectory is not string directory)
        {
            return;
        }

        _factory = new GatewayFactory(directory, BuildSimilarityOnStartup, settings: Settings);
        _client = _factory.CreateClient();
        if (BuildSimilarityOnStartup)
        {
            await Polling.WaitForAsync(
                () => _client.GetAsync("/health"),
                response => response.StatusCode == HttpStatusCode.OK,
                ReadyTimeout,
                "/health to report ready");
        }
    }

    public virtual async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

/// <summary>The gateway on the synthetic data set with both similarity builds completed.</summary>
public sealed class SyntheticGatewayFixture : GatewayFixture
{
    private readonly string _directory = SyntheticDataset.CreateDirectory();

    protected override string? DataDirectory => _directory;

    protected override bool BuildSimilarityOnStartup => true;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SyntheticDataset.DeleteDirectory(_directory);
    }
}

/// <summary>
/// The gateway on the synthetic data set with both similarity builds completed, for the chart
/// tests, which run the only evaluation of their collection themselves.
/// </summary>
public sealed class ChartsGatewayFixture : GatewayFixture
{
    private readonly string _directory = SyntheticDataset.CreateDirectory();

    public string DataDirectoryPath => _directory;

    protected override string? DataDirectory => _directory;

    protected override bool BuildSimilarityOnStartup => true;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SyntheticDataset.DeleteDirectory(_directory);
    }
}

/// <summary>The gateway on the synthetic data set with no similarity build started.</summary>
public sealed class UnbuiltGatewayFixture : GatewayFixture
{
    private readonly string _directory = SyntheticDataset.CreateDirectory();

    protected override string? DataDirectory => _directory;

    protected override bool BuildSimilarityOnStartup => false;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SyntheticDataset.DeleteDirectory(_directory);
    }
}

/// <summary>
/// The gateway on the synthetic data set with an admin API key and a small import limit, and no
/// similarity build started.
/// </summary>
public sealed class AdminGatewayFixture : GatewayFixture
{
    /// <summary>The admin API key the gateway is configured with.</summary>
    public const string ApiKey = "test-admin-key-0123456789";

    /// <summary>The import body limit in bytes, small enough to pass in a test.</summary>
    public const int MaxImportBodyBytes = 4096;

    private readonly string _directory = SyntheticDataset.CreateDirectory();

    protected override string? DataDirectory => _directory;

    protected override bool BuildSimilarityOnStartup => false;

    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["MovieRecs:Gateway:AdminApiKey"] = ApiKey,
        ["MovieRecs:Gateway:MaxImportBodyBytes"] = MaxImportBodyBytes.ToString(CultureInfo.InvariantCulture),

        // Each evaluation model and similarity shard waits this long, so a job on the tiny synthetic
        // data set is still running when a test sends a second start that must conflict with it.
        ["MovieRecs:DrillShardDelay"] = "00:00:00.500",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SyntheticDataset.DeleteDirectory(_directory);
    }
}

/// <summary>
/// The gateway on the ml-latest-small folder MOVIERECS_DATA names; starts nothing when it is unset.
/// </summary>
public sealed class MovieLensGatewayFixture : GatewayFixture
{
    protected override string? DataDirectory =>
        RequiresDataFactAttribute.IsDataAvailable ? RequiresDataFactAttribute.DataDirectory : null;

    protected override bool BuildSimilarityOnStartup => true;
}

[CollectionDefinition(Name)]
public sealed class SyntheticGatewayDefinition : ICollectionFixture<SyntheticGatewayFixture>
{
    public const string Name = "Synthetic gateway";
}

[CollectionDefinition(Name)]
public sealed class ChartsGatewayDefinition : ICollectionFixture<ChartsGatewayFixture>
{
    public const string Name = "Charts gateway";
}

[CollectionDefinition(Name)]
public sealed class UnbuiltGatewayDefinition : ICollectionFixture<UnbuiltGatewayFixture>
{
    public const string Name = "Unbuilt gateway";
}

[CollectionDefinition(Name)]
public sealed class AdminGatewayDefinition : ICollectionFixture<AdminGatewayFixture>
{
    public const string Name = "Admin gateway";
}

[CollectionDefinition(Name)]
public sealed class MovieLensGatewayDefinition : ICollectionFixture<MovieLensGatewayFixture>
{
    public const string Name = "MovieLens gateway";
}
