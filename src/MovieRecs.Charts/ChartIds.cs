namespace MovieRecs.Charts;

/// <summary>The ids of the charts, as URLs and file names use them.</summary>
public static class ChartIds
{
    /// <summary>Bars of the number of ratings of each half-star value.</summary>
    public const string RatingHistogram = "rating-histogram";

    /// <summary>Ratings per user against the user's rank, on log-log axes.</summary>
    public const string RatingsPerUser = "ratings-per-user";

    /// <summary>Ratings per movie against the movie's rank, on log-log axes.</summary>
    public const string RatingsPerMovie = "ratings-per-movie";

    /// <summary>Ratings per calendar month.</summary>
    public const string RatingsPerMonth = "ratings-per-month";

    /// <summary>Ratings by hour of day (UTC).</summary>
    public const string ActivityByHour = "activity-by-hour";

    /// <summary>Ratings by day of week (UTC).</summary>
    public const string ActivityByWeekday = "activity-by-weekday";

    /// <summary>The density of the user x movie matrix by blocks, with the sparsity in the title.</summary>
    public const string Sparsity = "sparsity";

    /// <summary>Movies per genre.</summary>
    public const string GenreCounts = "genre-counts";

    /// <summary>Mean rating per genre.</summary>
    public const string GenreMeanRating = "genre-mean-rating";

    /// <summary>The heatmap of movies that share two genres.</summary>
    public const string GenreCooccurrence = "genre-cooccurrence";

    /// <summary>The similarity heatmap of a movie and its strongest neighbors.</summary>
    public const string MovieSimilarity = "movie-similarity";

    /// <summary>The similarity heatmap of the most rated movies.</summary>
    public const string PopularSimilarity = "popular-similarity";

    /// <summary>RMSE and MAE of every model.</summary>
    public const string ModelError = "model-error";

    /// <summary>Precision@k, recall@k, nDCG@k, MAP@k, MRR and hit rate@k of every model.</summary>
    public const string ModelRanking = "model-ranking";

    /// <summary>Prediction coverage, catalogue coverage and top-1% share of every model.</summary>
    public const string ModelCoverage = "model-coverage";

    /// <summary>Novelty of every model's lists, in bits.</summary>
    public const string ModelNovelty = "model-novelty";

    /// <summary>Intra-list genre diversity of every model's lists.</summary>
    public const string ModelDiversity = "model-diversity";

    /// <summary>Precision at k = 1..20, one line per model.</summary>
    public const string PrecisionAtK = "precision-at-k";

    /// <summary>Recall at k = 1..20, one line per model.</summary>
    public const string RecallAtK = "recall-at-k";

    /// <summary>nDCG@k of every model by the user's number of training ratings.</summary>
    public const string ColdStartUsers = "cold-start-users";

    /// <summary>RMSE of every model by the user's number of training ratings.</summary>
    public const string ColdStartUsersRmse = "cold-start-users-rmse";

    /// <summary>The share of relevant test ratings listed, by the movie's number of training ratings.</summary>
    public const string ColdStartMovies = "cold-start-movies";

    /// <summary>The customers on the first two principal components, colored by segment.</summary>
    public const string SegmentScatter = "segment-scatter";

    /// <summary>One weekly demand series: history, forecast and prediction interval.</summary>
    public const string DemandForecast = "demand-forecast";

    /// <summary>
    /// The repeat model's and the baseline's observed rate against the predicted probability per
    /// decile.
    /// </summary>
    public const string RepeatCalibration = "repeat-calibration";

    /// <summary>The repeat model's and the baseline's ROC curves.</summary>
    public const string RepeatRoc = "repeat-roc";

    /// <summary>The factors' effect sizes with their 95% intervals.</summary>
    public const string FactorEffects = "factor-effects";
}
