namespace MovieRecs.Charts;

/// <summary>The charts MovieRecs draws, in the order pages and reports show them.</summary>
public static class ChartCatalog
{
    /// <summary>
    /// The charts drawn from the data profile, the model scores, the similarity matrices and the
    /// customer analytics, which the gateway serves.
    /// </summary>
    public static IReadOnlyList<ChartDefinition> All { get; } =
    [
        Data(ChartIds.RatingHistogram, "Rating histogram"),
        Data(ChartIds.RatingsPerUser, "Ratings per user (long tail)"),
        Data(ChartIds.RatingsPerMovie, "Ratings per movie (long tail)"),
        Data(ChartIds.RatingsPerMonth, "Ratings per month"),
        Data(ChartIds.ActivityByHour, "Rating activity by hour of day"),
        Data(ChartIds.ActivityByWeekday, "Rating activity by day of week"),
        Data(ChartIds.Sparsity, "Sparsity of the user x movie matrix"),
        Data(ChartIds.GenreCounts, "Movies per genre"),
        Data(ChartIds.GenreMeanRating, "Mean rating per genre"),
        Models(ChartIds.ModelError, "Rating error by model"),
        Models(ChartIds.ModelRanking, "Ranking accuracy by model"),
        Models(ChartIds.ModelCoverage, "Coverage and popularity by model"),
        Models(ChartIds.ModelNovelty, "Novelty by model"),
        Models(ChartIds.ModelDiversity, "Intra-list diversity by model"),
        Models(ChartIds.PrecisionAtK, "Precision at k = 1..20"),
        Models(ChartIds.RecallAtK, "Recall at k = 1..20"),
        new(ChartIds.MovieSimilarity, "Item-item similarity of a movie and its top neighbors", ChartSection.Similarity, ChartInput.MovieSimilarity),
        new(ChartIds.PopularSimilarity, "Item-item similarity of the most rated movies", ChartSection.Similarity, ChartInput.PopularSimilarity),
        new(ChartIds.GenreCooccurrence, "Genre co-occurrence", ChartSection.Similarity, ChartInput.DatasetProfile),
        Analytics(
            ChartIds.SegmentScatter,
            "Customer segments on the first two principal components",
            ChartInput.Segments),
        Analytics(
            ChartIds.DemandForecast,
            "Weekly demand with forecast and prediction interval",
            ChartInput.DemandForecast),
        Analytics(ChartIds.RepeatCalibration, "Calibration of the repeat-purchase probability", ChartInput.RepeatModel),
        Analytics(ChartIds.RepeatRoc, "ROC curve of the repeat-purchase model", ChartInput.RepeatModel),
        Analytics(ChartIds.FactorEffects, "Effect sizes of the factors with 95% intervals", ChartInput.Factors),
    ];

    /// <summary>Returns the chart with an id, ignoring case; <see langword="null"/> for an unknown id.</summary>
    public static ChartDefinition? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(chart => string.Equals(chart.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    private static ChartDefinition Data(string id, string title) =>
        new(id, title, ChartSection.Data, ChartInput.DatasetProfile);

    private static ChartDefinition Models(string id, string title) =>
        new(id, title, ChartSection.Models, ChartInput.ModelScores);

    private static ChartDefinition Analytics(string id, string title, ChartInput input) =>
        new(id, title, ChartSection.Analytics, input);
}
