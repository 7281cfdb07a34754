using Spectre.Console;

namespace MovieRecs.Cli.Reporting;

/// <summary>Moves a Spectre.Console progress bar on a terminal, its label set to the current step.</summary>
internal sealed class BarReportProgress(ProgressTask task) : IReportProgress
{
    public void Start(int totalSteps) => task.MaxValue = totalSteps;

    public void Begin(string description) => task.Description = Markup.Escape(description);

    public void Complete() => task.Increment(1);
}
