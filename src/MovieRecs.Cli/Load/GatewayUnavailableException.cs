namespace MovieRecs.Cli.Load;

/// <summary>The gateway could not be started, reached or used before a load run.</summary>
internal sealed class GatewayUnavailableException : Exception
{
    public GatewayUnavailableException(string message)
        : base(message)
    {
    }

    public GatewayUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
