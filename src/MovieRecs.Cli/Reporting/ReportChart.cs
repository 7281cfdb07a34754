namespace MovieRecs.Cli.Reporting;

/// <summary>A chart file pair of the report.</summary>
/// <param name="Id">The chart id, also the file name without extension.</param>
/// <param name="Title">The title drawn on the chart.</param>
internal sealed record ReportChart(string Id, string Title)
{
    /// <summary>The SVG path relative to the report folder.</summary>
    public string SvgPath => $"charts/{Id}.svg";

    /// <summary>The PNG path relative to the report folder.</summary>
    public string PngPath => $"charts/{Id}.png";
}
