namespace MovieRecs.Grains;

/// <summary>Settings of the per-silo <see cref="RecommendationModelStore"/>.</summary>
public sealed class ModelStoreOptions
{
    /// <summary>The directory that contains the MovieLens movies.csv and ratings.csv.</summary>
    public string DataDirectory { get; set; } = string.Empty;
}
