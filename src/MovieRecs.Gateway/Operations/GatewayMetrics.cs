using System.Diagnostics.Metrics;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Operations;

/// <summary>The gateway's own instruments on the <see cref="MovieRecsTelemetry.Name"/> meter.</summary>
internal sealed class GatewayMetrics
{
    private readonly Counter<long> _rateLimited;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        Meter meter = meterFactory.Create(MovieRecsTelemetry.Name);
        _rateLimited = meter.CreateCounter<long>(
            MovieRecsTelemetry.RateLimitedRequests,
            unit: "{request}",
            description: "Requests to the public routes rejected with 429 by the per-client rate limit.");
    }

    /// <summary>Counts one rejected request of a route pattern.</summary>
    public void RecordRateLimited(string route) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("http.route", route));
}
