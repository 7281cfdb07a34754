using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Grains.Abstractions;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace MovieRecs.Silo.Telemetry;

/// <summary>
/// Sets up OpenTelemetry, the OTLP exporter and the start and stop log of a host, for the silo
/// host and the gateway alike.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Subscribes the host's meter and tracer providers to the MovieRecs and Orleans meters and
    /// activity sources, exports both over OTLP when <see cref="TelemetryOptions.OtlpEndpoint"/> is
    /// set, and logs the host's start and stop. Tracing is on only with OTLP, because nothing else
    /// reads the spans.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The configuration the "MovieRecs:Telemetry" section is read from.</param>
    /// <param name="serviceName">The OpenTelemetry service name, such as "movierecs-silo".</param>
    /// <param name="configureMetrics">Adds the host's own instrumentation and exporters.</param>
    /// <param name="configureTracing">Adds the host's own trace instrumentation.</param>
    /// <exception cref="OptionsValidationException">A telemetry setting is invalid.</exception>
    public static TelemetryOptions AddMovieRecsHostTelemetry(
        this IServiceCollection services,
        IConfiguration configuration,
        string serviceName,
        Action<MeterProviderBuilder>? configureMetrics = null,
        Action<TracerProviderBuilder>? configureTracing = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);

        TelemetryOptions options = ReadTelemetryOptions(configuration);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MovieRecsTelemetry.Name, MovieRecsSiloBuilderExtensions.OrleansMeterName);
                configureMetrics?.Invoke(metrics);
                if (options.IsOtlpEnabled)
                {
                    metrics.AddOtlpExporter(exporter => ConfigureOtlp(exporter, options, "v1/metrics"));
                }
            });
        if (options.IsOtlpEnabled)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(
                    MovieRecsTelemetry.Name,
                    ActivitySources.RuntimeActivitySourceName,
                    ActivitySources.ApplicationGrainActivitySourceName);
                configureTracing?.Invoke(tracing);
                tracing.AddOtlpExporter(exporter => ConfigureOtlp(exporter, options, "v1/traces"));
            });
        }

        services.AddHostedService(provider => new HostLifetimeLog(
            serviceName,
            options,
            provider.GetRequiredService<ILogger<HostLifetimeLog>>()));
        return options;
    }

    /// <summary>Binds <see cref="TelemetryOptions"/> from "MovieRecs:Telemetry" and checks them.</summary>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public static TelemetryOptions ReadTelemetryOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new TelemetryOptions();
        configuration.GetSection(TelemetryOptions.SectionName).Bind(options);
        ValidateOptionsResult result = new TelemetryOptionsValidator().Validate(Options.DefaultName, options);
        ThrowIfInvalid(result, typeof(TelemetryOptions));
        return options;
    }

    /// <summary>Binds <see cref="MovieRecsDashboardOptions"/> from "MovieRecs:Dashboard" and checks them.</summary>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public static MovieRecsDashboardOptions ReadDashboardOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new MovieRecsDashboardOptions();
        configuration.GetSection(MovieRecsDashboardOptions.SectionName).Bind(options);
        ValidateOptionsResult result = new TelemetryOptionsValidator().Validate(Options.DefaultName, options);
        ThrowIfInvalid(result, typeof(MovieRecsDashboardOptions));
        return options;
    }

    private static void ConfigureOtlp(OtlpExporterOptions exporter, TelemetryOptions options, string signalPath)
    {
        var endpoint = new Uri(options.OtlpEndpoint, UriKind.Absolute);
        if (options.OtlpProtocol == TelemetryOptions.HttpProtobufProtocol)
        {
            // Over HTTP the exporter posts to the endpoint as given, so the signal's path is
            // appended here. Over gRPC the endpoint is the collector's address alone.
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Endpoint = new Uri(endpoint, signalPath);
        }
        else
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = endpoint;
        }
    }

    private static void ThrowIfInvalid(ValidateOptionsResult result, Type optionsType)
    {
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, optionsType, result.Failures);
        }
    }
}
