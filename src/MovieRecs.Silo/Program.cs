using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MovieRecs.Algorithms.Data;
using MovieRecs.Silo.Telemetry;

namespace MovieRecs.Silo;

/// <summary>
/// The stand-alone silo host. A class with Main rather than top-level statements, so the gateway,
/// which references this assembly, has only its own global <c>Program</c> type.
/// </summary>
public static partial class Program
{
    /// <summary>
    /// Runs a silo until the process is stopped; returns 2 when the data or a setting is invalid.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
        using ILoggerFactory startupLoggerFactory = LoggerFactory.Create(logging => logging.AddConsole());
        ILogger logger = startupLoggerFactory.CreateLogger(typeof(Program));
        try
        {
            await DataDirectoryResolver.ResolveAsync(args, builder.Configuration, logger);
            builder.Services.AddMovieRecsHostTelemetry(builder.Configuration, "movierecs-silo");
            builder.UseOrleans(silo => silo.AddMovieRecsSilo(builder.Configuration));
        }
        catch (Exception exception) when (exception is DataUnavailableException or OptionsValidationException)
        {
            LogStartupFailed(logger, exception.Message);
            return 2;
        }

        using IHost host = builder.Build();
        await host.RunAsync();
        return 0;
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical, Message = "The silo cannot start: {Reason}")]
    private static partial void LogStartupFailed(ILogger logger, string reason);
}
