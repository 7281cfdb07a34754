namespace MovieRecs.Gateway.Charts;

/// <summary>One entry of GET /api/charts.</summary>
/// <param name="Id">The chart id, such as "rating-histogram".</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Section">The page section: "data", "models" or "similarity".</param>
/// <param name="Url">The SVG URL of the chart; ".png" in place of ".svg" gives a PNG.</param>
internal sealed record ChartListItem(string Id, string Title, string Section, string Url);
