using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Admin;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway on the ml-latest-small folder MOVIERECS_DATA names, with one completed analytics
/// run. The fixture sends two refresh requests in a row and keeps both responses, so a test can
/// check that the second request joined the running run. Starts nothing when MOVIERECS_DATA is
/// unset.
/// </summary>
public sealed class AnalyticsGatewayFixture : GatewayFixture
{
    // One run took 113 s on a shared 2-core machine under heavy load from other builds.
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The status the first refresh request returned.</summary>
    public JsonElement FirstRefresh { get; private set; }

    /// <summary>The status code of the first refresh request.</summary>
    public HttpStatusCode FirstRefreshStatus { get; private set; }

    /// <summary>The Location header of the first refresh request.</summary>
    public Uri? FirstRefreshLocation { get; private set; }

    /// <summary>The status the second refresh request, sent while the first run ran, returned.</summary>
    public JsonElement SecondRefresh { get; private set; }

    /// <summary>The status once the run has ended.</summary>
    public JsonElement Ended { get; private set; }

    protected override string? DataDirectory =>
        RequiresDataFactAttribute.IsDataAvailable ? RequiresDataFactAttribute.DataDirectory : null;

    protected override bool BuildSimilarityOnStartup => false;

    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["MovieRecs:Gateway:AdminApiKey"] = AdminGatewayFixture.ApiKey,
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (DataDirectory is null)
        {
            return;
        }

        using HttpRequestMessage firstRequest = AdminRequests.Create(HttpMethod.Post, "/api/admin/analytics/refresh");
        using HttpResponseMessage first = await Client.SendAsync(firstRequest);
        FirstRefreshStatus = first.StatusCode;
        FirstRefreshLocation = first.Headers.Location;
        FirstRefresh = await first.Content.ReadFromJsonAsync<JsonElement>();
        using HttpRequestMessage secondRequest = AdminRequests.Create(HttpMethod.Post, "/api/admin/analytics/refresh");
        using HttpResponseMessage second = await Client.SendAsync(secondRequest);
        SecondRefresh = await second.Content.ReadFromJsonAsync<JsonElement>();
        Ended = await Polling.WaitForAsync(
            () => Client.GetFromJsonAsync<JsonElement>("/api/analytics/status"),
            status => !status.GetProperty("isRunning").GetBoolean(),
            RunTimeout,
            "the analytics run on ml-latest-small to end");
    }
}

[CollectionDefinition(Name)]
public sealed class AnalyticsGatewayDefinition : ICollectionFixture<AnalyticsGatewayFixture>
{
    public const string Name = "Analytics gateway";
}
