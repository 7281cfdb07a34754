using System.Diagnostics;
using System.Globalization;

namespace MovieRecs.Cli.Reporting;

/// <summary>
/// Writes one line per step ("[3/22] Computing the similarity heatmaps", then "[3/22] done in 0.1 s"), for output that is
/// not a terminal, such as CI logs.
/// </summary>
internal sealed class LineReportProgress(TextWriter output) : IReportProgress
{
    private readonly Stopwatch _clock = new();
    private int _total;
    private int _step;

    public void Start(int totalSteps) => _total = totalSteps;

    public void Begin(string description)
    {
        _step++;
        _clock.Restart();
        output.WriteLine($"[{_step}/{_total}] {description}");
    }

    public void Complete() =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{_step}/{_total}] done in {_clock.Elapsed.TotalSeconds:F1} s"));
}
