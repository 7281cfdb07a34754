namespace MovieRecs.Algorithms.Recommenders;

/// <summary>Which member a <see cref="HybridRecommender"/> serves a user or a movie with.</summary>
public enum HybridMode
{
    /// <summary>The weighted blend of the collaborative and the content score.</summary>
    Blend,

    /// <summary>The content score alone, because the user has fewer than the minimum ratings.</summary>
    ContentForNewUser,

    /// <summary>The content score alone, because the movie has fewer than the minimum ratings.</summary>
    ContentForRareMovie,

    /// <summary>The popularity ranking, because the user has no rating or content cannot score them.</summary>
    Popularity,
}
