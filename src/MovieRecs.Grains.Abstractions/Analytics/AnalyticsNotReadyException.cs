namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The exception thrown when an analytics result is requested that no run has computed yet: the
/// first run is still running, none has run, or the runs so far failed at that step.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.AnalyticsNotReadyException")]
public sealed class AnalyticsNotReadyException : Exception
{
    /// <summary>Creates the exception for a result, saying whether a run that may compute it is in progress.</summary>
    public AnalyticsNotReadyException(string result, bool isRunning, string message)
        : base(message)
    {
        Result = result;
        IsRunning = isRunning;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public AnalyticsNotReadyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AnalyticsNotReadyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public AnalyticsNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The result requested, such as "segments".</summary>
    [Id(0)]
    public string Result { get; init; } = string.Empty;

    /// <summary>Whether a run is in progress that may compute the result.</summary>
    [Id(1)]
    public bool IsRunning { get; init; }
}
