namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// The fixed labels of <see cref="ContributionKind.Popularity"/> contributions, for callers that
/// describe them in their own words.
/// </summary>
public static class ContributionLabels
{
    /// <summary>The popularity model's rating count; the weight is the count.</summary>
    public const string RatingCount = "number of ratings";

    /// <summary>The movie mean an item-knn score centres on; the weight is the mean.</summary>
    public const string MovieMean = "the movie's mean rating";
}
