namespace MovieRecs.Charts;

/// <summary>A chart that <see cref="ChartFactory"/> can draw.</summary>
/// <param name="Id">The stable id, lowercase with dashes, such as "rating-histogram".</param>
/// <param name="Title">The title drawn on the chart (similarity charts add the movie to it).</param>
/// <param name="Section">The group the chart is listed in.</param>
/// <param name="Input">The data the chart is drawn from.</param>
public sealed record ChartDefinition(string Id, string Title, ChartSection Section, ChartInput Input);
