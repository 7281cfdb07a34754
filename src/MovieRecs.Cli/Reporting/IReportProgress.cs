namespace MovieRecs.Cli.Reporting;

/// <summary>Receives the steps of a report build, to show them as a bar or as lines.</summary>
internal interface IReportProgress
{
    /// <summary>Announces the number of steps.</summary>
    void Start(int totalSteps);

    /// <summary>Announces that a step begins.</summary>
    void Begin(string description);

    /// <summary>Records that the step announced last finished.</summary>
    void Complete();
}
