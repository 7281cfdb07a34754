namespace MovieRecs.Charts;

/// <summary>The groups charts are listed in.</summary>
public enum ChartSection
{
    /// <summary>Charts of the ratings data.</summary>
    Data,

    /// <summary>Charts of the model evaluation.</summary>
    Models,

    /// <summary>Similarity heatmaps of movies and of genres.</summary>
    Similarity,

    /// <summary>Charts of the customer analytics: segments, forecasts and factors.</summary>
    Analytics,
}
