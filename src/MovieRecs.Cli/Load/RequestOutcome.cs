namespace MovieRecs.Cli.Load;

/// <summary>
/// The result of one scenario operation: the latency of its timed request, or the error that
/// stopped it, such as "GET 503" or "POST timeout".
/// </summary>
internal readonly record struct RequestOutcome(TimeSpan Latency, string? Error)
{
    public static RequestOutcome Success(TimeSpan latency) => new(latency, null);

    public static RequestOutcome Failure(string error) => new(TimeSpan.Zero, error);
}
