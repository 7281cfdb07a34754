namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>A label's share within a segment, and its lift over all customers.</summary>
/// <param name="Label">The category (genre), daypart, channel, gender or occupation.</param>
/// <param name="Share">The segment's mean share, from 0 to 1.</param>
/// <param name="Lift">The segment's share over the share of all customers; above 1 is over-represented.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.LabelShareResult")]
public sealed record LabelShareResult(
    [property: Id(0)] string Label,
    [property: Id(1)] double Share,
    [property: Id(2)] double Lift);
