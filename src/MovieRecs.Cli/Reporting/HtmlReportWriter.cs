using System.Net;
using System.Text;

namespace MovieRecs.Cli.Reporting;

/// <summary>
/// Renders report blocks as one self-contained HTML page: styles inline, charts from the SVG files
/// in charts/ beside it, no script and no external resource.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #1b1b1b; }
        h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; } h3 { margin-top: 1.8rem; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; display: block; overflow-x: auto; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: right; white-space: nowrap; }
        th:first-child, td:first-child { text-align: left; }
        figure { margin: 1.5rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 0.85rem; color: #555; }
        """;

    /// <summary>Returns the HTML page of the blocks.</summary>
    public static string Render(IReadOnlyList<ReportBlock> blocks)
    {
        string title = blocks.OfType<HeadingBlock>().FirstOrDefault()?.Text ?? "MovieRecs report";
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>{Encode(title)}</title>");
        html.AppendLine($"<style>{Style}</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        foreach (ReportBlock block in blocks)
        {
            html.AppendLine(RenderBlock(block));
        }

        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static string RenderBlock(ReportBlock block) => block switch
    {
        HeadingBlock heading => $"<h{heading.Level} id=\"{Anchor(heading.Text)}\">{Encode(heading.Text)}</h{heading.Level}>",
        ParagraphBlock paragraph => $"<p>{Encode(paragraph.Text)}</p>",
        TableBlock table => RenderTable(table),
        FigureBlock figure =>
            $"<figure id=\"{figure.Chart.Id}\"><img src=\"{figure.Chart.SvgPath}\" alt=\"{Encode(figure.Chart.Title)}\" " +
            $"loading=\"lazy\"><figcaption>{Encode(figure.Chart.Title)} " +
            $"(<a href=\"{figure.Chart.SvgPath}\">SVG</a>, <a href=\"{figure.Chart.PngPath}\">PNG</a>)</figcaption></figure>",
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown report block."),
    };

    private static string RenderTable(TableBlock table)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (string header in table.Headers)
        {
            html.Append($"<th>{Encode(header)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            html.Append("<tr>");
            foreach (string cell in row)
            {
                html.Append($"<td>{Encode(cell)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Anchor(string text) =>
        new(text.ToLowerInvariant().Select(character => char.IsLetterOrDigit(character) ? character : '-').ToArray());
}
