using Microsoft.Extensions.Options;
using MovieRecs.Silo.Telemetry;

namespace MovieRecs.Silo.Tests;

public sealed class TelemetryOptionsValidatorTests
{
    private readonly TelemetryOptionsValidator _validator = new();

    [Theory]
    [InlineData("", "grpc")]
    [InlineData("http://127.0.0.1:4317", "grpc")]
    [InlineData("https://collector.example:4318", "http/protobuf")]
    public void Validate_GoodTelemetry_Succeeds(string endpoint, string protocol)
    {
        var options = new TelemetryOptions { OtlpEndpoint = endpoint, OtlpProtocol = protocol };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("127.0.0.1:4317", "grpc", "MovieRecs:Telemetry:OtlpEndpoint is '127.0.0.1:4317'")]
    [InlineData("ftp://127.0.0.1", "grpc", "it must be an absolute http or https URL")]
    [InlineData("", "udp", "MovieRecs:Telemetry:OtlpProtocol is 'udp'; use 'grpc' or 'http/protobuf'.")]
    public void Validate_BadTelemetry_NamesRule(string endpoint, string protocol, string expected)
    {
        var options = new TelemetryOptions { OtlpEndpoint = endpoint, OtlpProtocol = protocol };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dashboard", 0, "MovieRecs:Dashboard:Path is 'dashboard'; it must be a route prefix")]
    [InlineData("/", 0, "MovieRecs:Dashboard:Path is '/'")]
    [InlineData("/dashboard", 70000, "MovieRecs:Dashboard:Port is 70000")]
    public void Validate_BadDashboard_NamesRule(string path, int port, string expected)
    {
        var options = new MovieRecsDashboardOptions { Enabled = true, Path = path, Port = port };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
