using Microsoft.Extensions.Options;

namespace MovieRecs.Silo.Telemetry;

/// <summary>
/// Checks <see cref="TelemetryOptions"/> and <see cref="MovieRecsDashboardOptions"/> and names each invalid
/// value and the rule it breaks.
/// </summary>
public sealed class TelemetryOptionsValidator
    : IValidateOptions<TelemetryOptions>, IValidateOptions<MovieRecsDashboardOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        const string section = TelemetryOptions.SectionName;
        var failures = new List<string>();
        if (options.IsOtlpEnabled
            && !(Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out Uri? endpoint)
                && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps)))
        {
            failures.Add(
                $"{section}:OtlpEndpoint is '{options.OtlpEndpoint}'; it must be an absolute http or https URL " +
                "such as 'http://127.0.0.1:4317', or empty to turn OTLP export off.");
        }

        if (options.OtlpProtocol is not (TelemetryOptions.GrpcProtocol or TelemetryOptions.HttpProtobufProtocol))
        {
            failures.Add(
                $"{section}:OtlpProtocol is '{options.OtlpProtocol}'; use '{TelemetryOptions.GrpcProtocol}' " +
                $"or '{TelemetryOptions.HttpProtobufProtocol}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MovieRecsDashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        const string section = MovieRecsDashboardOptions.SectionName;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path) || !options.Path.StartsWith('/') || options.Path.Length < 2)
        {
            failures.Add($"{section}:Path is '{options.Path}'; it must be a route prefix such as '/dashboard'.");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"{section}:Port is {options.Port}; use 0 for every gateway port, or a port from 1 to 65535.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
