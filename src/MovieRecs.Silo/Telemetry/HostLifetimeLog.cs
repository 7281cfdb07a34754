using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MovieRecs.Silo.Telemetry;

/// <summary>Logs a host's start, its telemetry settings and its stop.</summary>
internal sealed partial class HostLifetimeLog(
    string hostName,
    TelemetryOptions telemetry,
    ILogger<HostLifetimeLog> logger) : IHostedLifecycleService
{
    private readonly ILogger _logger = logger;
    private readonly long _createdAt = Stopwatch.GetTimestamp();

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        double elapsedMs = Stopwatch.GetElapsedTime(_createdAt).TotalMilliseconds;
        LogStarted(hostName, Environment.ProcessId, elapsedMs);
        if (telemetry.IsOtlpEnabled)
        {
            LogOtlpExport(hostName, telemetry.OtlpEndpoint, telemetry.OtlpProtocol);
        }
        else
        {
            LogOtlpOff(hostName);
        }

        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        LogStopping(hostName, Environment.ProcessId);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        double uptimeSeconds = Stopwatch.GetElapsedTime(_createdAt).TotalSeconds;
        LogStopped(hostName, uptimeSeconds);
        return Task.CompletedTask;
    }

    [LoggerMessage(
        EventId = 1010,
        Level = LogLevel.Information,
        Message = "Started {Host} in process {ProcessId}; the host took {ElapsedMs} ms to start")]
    private partial void LogStarted(string host, int processId, double elapsedMs);

    [LoggerMessage(
        EventId = 1011,
        Level = LogLevel.Information,
        Message = "{Host} exports metrics and traces over OTLP to {Endpoint} ({Protocol})")]
    private partial void LogOtlpExport(string host, string endpoint, string protocol);

    [LoggerMessage(
        EventId = 1012,
        Level = LogLevel.Information,
        Message = "{Host} has no OTLP endpoint (MovieRecs:Telemetry:OtlpEndpoint), so it exports no traces")]
    private partial void LogOtlpOff(string host);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Stopping {Host} in process {ProcessId}")]
    private partial void LogStopping(string host, int processId);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "Stopped {Host} after {UptimeSeconds} s")]
    private partial void LogStopped(string host, double uptimeSeconds);
}
