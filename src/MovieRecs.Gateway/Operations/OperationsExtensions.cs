using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MovieRecs.Gateway.Health;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Silo.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

namespace MovieRecs.Gateway.Operations;

/// <summary>
/// The gateway's operations surface: OpenTelemetry with the Prometheus and OTLP exporters, the
/// health endpoints, the rate limit of the public routes and the Orleans dashboard.
/// </summary>
internal static class OperationsExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// Adds telemetry, the health checks and the rate limiter, with the settings of the
    /// "MovieRecs:Telemetry", "MovieRecs:RateLimiting" and "MovieRecs:Dashboard" sections.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is invalid.</exception>
    public static WebApplicationBuilder AddMovieRecsTelemetry(this WebApplicationBuilder builder)
    {
        TelemetryOptions telemetry = TelemetryServiceCollectionExtensions.ReadTelemetryOptions(builder.Configuration);
        TelemetryServiceCollectionExtensions.ReadDashboardOptions(builder.Configuration);
        builder.Services.AddMovieRecsHostTelemetry(
            builder.Configuration,
            "movierecs-gateway",
            metrics =>
            {
                metrics.AddAspNetCoreInstrumentation();
                if (telemetry.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            },
            tracing => tracing.AddAspNetCoreInstrumentation());
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>(ClusterHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<RatingStoreHealthCheck>(RatingStoreHealthCheck.Name, tags: [ReadyTag]);
        builder.Services.AddPublicRateLimiting(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Adds the rate limiter to the pipeline and maps the health endpoints, /metrics when the
    /// Prometheus exporter is on, and the dashboard when it is enabled.
    /// </summary>
    /// <remarks>
    /// <c>/health</c> runs the cluster check alone (data loaded, both similarity builds done), as it
    /// did before the readiness check existed. <c>/health/live</c> runs no check and returns 200
    /// while the process serves HTTP. <c>/health/ready</c> adds the system-of-record check.
    /// </remarks>
    public static WebApplication MapMovieRecsOperations(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapHealthChecks("/health", HealthEndpoint(check => check.Name == ClusterHealthCheck.Name));
        app.MapHealthChecks("/health/live", HealthEndpoint(_ => false));
        app.MapHealthChecks("/health/ready", HealthEndpoint(check => check.Tags.Contains(ReadyTag)));

        if (TelemetryServiceCollectionExtensions.ReadTelemetryOptions(app.Configuration).Prometheus)
        {
            app.MapPrometheusScrapingEndpoint();
        }

        MovieRecsDashboardOptions dashboard =
            TelemetryServiceCollectionExtensions.ReadDashboardOptions(app.Configuration);
        if (dashboard.Enabled)
        {
            // NOTE: the dashboard has no authentication of its own; keep it on a port that only
            // operators reach (MovieRecs:Dashboard:Port) or off.
            RouteGroupBuilder page = app.MapOrleansDashboard(routePrefix: dashboard.Path);
            if (dashboard.Port != 0)
            {
                page.RequireHost($"*:{dashboard.Port}");
            }
        }

        return app;
    }

    private static HealthCheckOptions HealthEndpoint(Func<HealthCheckRegistration, bool> predicate) =>
        new() { Predicate = predicate, ResponseWriter = HealthResponseWriter.WriteAsync };
}
