namespace MovieRecs.Analytics.Segmentation;

/// <summary>A label's share within a segment, and its lift over all customers.</summary>
/// <param name="Label">The category, genre, channel or occupation.</param>
/// <param name="Share">The segment's mean share, from 0 to 1.</param>
/// <param name="Lift">The segment's share over the share of all customers; above 1 means over-represented.</param>
public sealed record CategoryShare(string Label, double Share, double Lift);
