namespace MovieRecs.Grains;

/// <summary>Settings of the per-silo <see cref="RecommendationModelStore"/>.</summary>
public sealed class ModelStoreOptions
{
    /// <summary>The directory that contains the MovieLens movies.csv and ratings.csv.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The time between a silo's polls for a requested data reload; zero or less turns reloads off on
    /// the silo.
    /// </summary>
    public TimeSpan DataReloadPollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
