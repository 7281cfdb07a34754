namespace MovieRecs.Gateway;

/// <summary>The gateway host's own log messages.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 3010, Level = LogLevel.Critical, Message = "The gateway cannot start: {Reason}")]
    public static partial void StartupFailed(ILogger logger, string reason);
}
