namespace MovieRecs.Algorithms.Features;

/// <summary>One column of the content feature vector.</summary>
/// <param name="Block">The block the column belongs to.</param>
/// <param name="Label">The genre label, the normalized tag, or the decade such as "1990s".</param>
public sealed record ContentFeatureColumn(ContentFeatureBlock Block, string Label);
