namespace MovieRecs.Grains.Abstractions;

/// <summary>The keys of the coordinator grain.</summary>
public static class CoordinatorKeys
{
    /// <summary>
    /// The key of the coordinator that builds the similarity the item-knn models serve from.
    /// </summary>
    public const string Default = "default";
}
