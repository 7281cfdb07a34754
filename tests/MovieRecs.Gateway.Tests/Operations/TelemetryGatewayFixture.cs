using System.Diagnostics.CodeAnalysis;
using System.Net;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Operations;

/// <summary>
/// A gateway on the synthetic data set with both similarity builds completed, for the metric
/// tests.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class TelemetryGatewayFixture : IAsyncLifetime
{
    private readonly string _directory = SyntheticDataset.CreateDirectory();
    private GatewayFactory? _factory;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The number of ratings in the synthetic ratings.csv, which the first start imports.</summary>
    public int FileRatingCount => File.ReadLines(Path.Combine(_directory, "ratings.csv")).Count() - 1;

    public async Task InitializeAsync()
    {
        _factory = new GatewayFactory(_directory, buildSimilarityOnStartup: true);
        Client = _factory.CreateClient();
        await Polling.WaitForAsync(
            () => Client.GetAsync("/health"),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromMinutes(5),
            "/health to report ready");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SyntheticDataset.DeleteDirectory(_directory);
    }
}

/// <summary>
/// The metric tests run alone: meters are process-wide, so another gateway in the same test
/// process would add its measurements to this gateway's scrape.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryGatewayDefinition : ICollectionFixture<TelemetryGatewayFixture>
{
    public const string Name = "Telemetry gateway";
}
