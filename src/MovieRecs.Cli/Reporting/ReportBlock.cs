namespace MovieRecs.Cli.Reporting;

/// <summary>One block of a report's body, which the HTML and Markdown writers render alike.</summary>
internal abstract record ReportBlock;

/// <summary>A section heading; level 1 is the report title.</summary>
internal sealed record HeadingBlock(int Level, string Text) : ReportBlock;

/// <summary>A paragraph of plain text.</summary>
internal sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>A table; numeric columns are right-aligned.</summary>
internal sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A chart shown from its SVG file, with a link to its PNG.</summary>
internal sealed record FigureBlock(ReportChart Chart) : ReportBlock;
