namespace MovieRecs.Silo.Telemetry;

/// <summary>
/// Where a host sends its metrics and traces, bound from the "MovieRecs:Telemetry" configuration
/// section by the silo host and the gateway.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "MovieRecs:Telemetry";

    /// <summary>The value of <see cref="OtlpProtocol"/> for OTLP over gRPC, the default.</summary>
    public const string GrpcProtocol = "grpc";

    /// <summary>The value of <see cref="OtlpProtocol"/> for OTLP over HTTP with protobuf bodies.</summary>
    public const string HttpProtobufProtocol = "http/protobuf";

    /// <summary>
    /// Whether the gateway serves the Prometheus scrape endpoint at /metrics. The stand-alone silo
    /// has no HTTP server and ignores it.
    /// </summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// The OTLP collector that metrics and traces are exported to, such as
    /// "http://127.0.0.1:4317"; empty turns the OTLP exporter and tracing off.
    /// </summary>
    public string OtlpEndpoint { get; set; } = string.Empty;

    /// <summary>The OTLP transport: "grpc" (port 4317 by convention) or "http/protobuf" (4318).</summary>
    public string OtlpProtocol { get; set; } = GrpcProtocol;

    /// <summary>Whether <see cref="OtlpEndpoint"/> is set.</summary>
    public bool IsOtlpEnabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
