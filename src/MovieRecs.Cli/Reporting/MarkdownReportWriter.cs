using System.Text;

namespace MovieRecs.Cli.Reporting;

/// <summary>Renders report blocks as Markdown, with the charts as PNG images from charts/.</summary>
internal static class MarkdownReportWriter
{
    /// <summary>Returns the Markdown text of the blocks.</summary>
    public static string Render(IReadOnlyList<ReportBlock> blocks)
    {
        var markdown = new StringBuilder();
        foreach (ReportBlock block in blocks)
        {
            markdown.AppendLine(RenderBlock(block));
            markdown.AppendLine();
        }

        return markdown.ToString().TrimEnd() + "\n";
    }

    private static string RenderBlock(ReportBlock block) => block switch
    {
        HeadingBlock heading => $"{new string('#', heading.Level)} {heading.Text}",
        ParagraphBlock paragraph => paragraph.Text,
        TableBlock table => RenderTable(table),
        FigureBlock figure => $"![{Escape(figure.Chart.Title)}]({figure.Chart.PngPath})\n\n" +
            $"*{Escape(figure.Chart.Title)}* ([SVG]({figure.Chart.SvgPath}))",
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown report block."),
    };

    private static string RenderTable(TableBlock table)
    {
        var markdown = new StringBuilder();
        markdown.AppendLine("| " + string.Join(" | ", table.Headers.Select(Escape)) + " |");
        markdown.AppendLine("|" + string.Join("|", table.Headers.Select((_, column) => column == 0 ? "---" : "---:")) + "|");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            markdown.AppendLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }

        return markdown.ToString().TrimEnd();
    }

    // A pipe would end a table cell, and brackets or asterisks in titles would start links or emphasis.
    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal);
}
