namespace MovieRecs.Cli;

/// <summary>The process exit codes of movierecs.</summary>
public static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>An option is missing or invalid; System.CommandLine uses the same code for parse errors.</summary>
    public const int InvalidArguments = 1;

    /// <summary>The data could not be found, downloaded or read.</summary>
    public const int DataUnavailable = 2;

    /// <summary>
    /// A load run had failed requests (without --allow-errors), or the gateway could not be
    /// reached or started.
    /// </summary>
    public const int LoadFailed = 3;
}
