using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Exploration;
using ScottPlot;

namespace MovieRecs.Charts;

/// <summary>
/// Draws the charts of <see cref="ChartCatalog"/> and of the report with ScottPlot. Each call
/// draws a new <see cref="Chart"/>, which the caller disposes.
/// </summary>
public static class ChartFactory
{
    /// <summary>
    /// Draws a chart of <see cref="ChartInput.DatasetProfile"/>: the data charts and the genre
    /// co-occurrence heatmap.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a chart drawn from the profile.</exception>
    public static Chart CreateProfileChart(string id, DatasetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(profile);
        Plot plot = id switch
        {
            ChartIds.RatingHistogram => DataCharts.RatingHistogram(profile),
            ChartIds.RatingsPerUser => DataCharts.LongTail(
                profile.RatingsPerUser,
                "Ratings per user (long tail)",
                "User rank, 1 = most ratings (log scale)",
                "Ratings per user (count, log scale)"),
            ChartIds.RatingsPerMovie => DataCharts.LongTail(
                profile.RatingsPerMovie,
                "Ratings per movie (long tail)",
                "Movie rank, 1 = most ratings (log scale)",
                "Ratings per movie (count, log scale)"),
            ChartIds.RatingsPerMonth => DataCharts.RatingsPerMonth(profile),
            ChartIds.ActivityByHour => DataCharts.ActivityByHour(profile),
            ChartIds.ActivityByWeekday => DataCharts.ActivityByWeekday(profile),
            ChartIds.Sparsity => DataCharts.Sparsity(profile),
            ChartIds.GenreCounts => DataCharts.GenreCounts(profile),
            ChartIds.GenreMeanRating => DataCharts.GenreMeanRating(profile),
            ChartIds.GenreCooccurrence => HeatmapCharts.GenreCooccurrence(profile),
            _ => throw Unknown(id, ChartInput.DatasetProfile),
        };
        return new Chart(id, plot);
    }

    /// <summary>Draws a chart of <see cref="ChartInput.ModelScores"/>, one bar group or line per model.</summary>
    /// <exception cref="ArgumentException">The id is not a model chart.</exception>
    public static Chart CreateModelChart(string id, IReadOnlyList<ModelScores> models)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(models);
        Plot plot = id switch
        {
            ChartIds.ModelError => ModelCharts.Error(models),
            ChartIds.ModelRanking => ModelCharts.Ranking(models),
            ChartIds.ModelCoverage => ModelCharts.Coverage(models),
            ChartIds.ModelNovelty => ModelCharts.Novelty(models),
            ChartIds.ModelDiversity => ModelCharts.Diversity(models),
            ChartIds.PrecisionAtK => ModelCharts.Curve(models, precision: true),
            ChartIds.RecallAtK => ModelCharts.Curve(models, precision: false),
            _ => throw Unknown(id, ChartInput.ModelScores),
        };
        return new Chart(id, plot);
    }

    /// <summary>
    /// Draws a similarity heatmap with the movies' titles on both axes, for
    /// <see cref="ChartIds.MovieSimilarity"/> or <see cref="ChartIds.PopularSimilarity"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a similarity heatmap.</exception>
    public static Chart CreateSimilarityChart(string id, MovieSimilarityMatrix matrix, string title)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (id is not (ChartIds.MovieSimilarity or ChartIds.PopularSimilarity))
        {
            throw Unknown(id, ChartInput.MovieSimilarity);
        }

        return new Chart(id, HeatmapCharts.Similarity(matrix, title));
    }

    /// <summary>Draws <see cref="ChartIds.SegmentScatter"/>: one color per segment, named in the legend.</summary>
    /// <param name="segments">The customers of each segment.</param>
    /// <param name="explainedVariance">The share of variance on each axis, shown in the axis labels.</param>
    public static Chart CreateSegmentChart(
        IReadOnlyList<SegmentPoints> segments,
        IReadOnlyList<double> explainedVariance)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(explainedVariance);
        return new Chart(ChartIds.SegmentScatter, AnalyticsCharts.SegmentScatter(segments, explainedVariance));
    }

    /// <summary>Draws <see cref="ChartIds.DemandForecast"/>: the history, the forecast and its interval band.</summary>
    public static Chart CreateDemandChart(DemandChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new Chart(ChartIds.DemandForecast, AnalyticsCharts.DemandForecast(series));
    }

    /// <summary>
    /// Draws a chart of <see cref="ChartInput.RepeatModel"/>: <see cref="ChartIds.RepeatCalibration"/>
    /// (observed rate against predicted probability per decile, with the diagonal) or
    /// <see cref="ChartIds.RepeatRoc"/> (the ROC curves with the chance line), model and baseline.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a repeat model chart.</exception>
    public static Chart CreateRepeatChart(string id, RepeatModelChartData data)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = id switch
        {
            ChartIds.RepeatCalibration => AnalyticsCharts.Calibration(data),
            ChartIds.RepeatRoc => AnalyticsCharts.Roc(data),
            _ => throw Unknown(id, ChartInput.RepeatModel),
        };
        return new Chart(id, plot);
    }

    /// <summary>
    /// Draws <see cref="ChartIds.FactorEffects"/>: one row per effect, the first at the top, with its
    /// 95% interval and a line at 0.
    /// </summary>
    /// <param name="effects">The effects in display order.</param>
    /// <param name="title">The chart's title, which names the model.</param>
    /// <param name="effectLabel">The label of the effect axis, with its unit.</param>
    public static Chart CreateFactorChart(IReadOnlyList<EffectEstimate> effects, string title, string effectLabel)
    {
        ArgumentNullException.ThrowIfNull(effects);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(effectLabel);
        return new Chart(ChartIds.FactorEffects, AnalyticsCharts.Effects(effects, title, effectLabel));
    }

    /// <summary>
    /// Draws a cold-start chart of the report (<see cref="ChartIds.ColdStartUsers"/>,
    /// <see cref="ChartIds.ColdStartUsersRmse"/> or <see cref="ChartIds.ColdStartMovies"/>) from
    /// full evaluations with their buckets.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a cold-start chart.</exception>
    public static Chart CreateColdStartChart(string id, IReadOnlyList<ModelEvaluation> models)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(models);
        Plot plot = id switch
        {
            ChartIds.ColdStartUsers => ColdStartCharts.UsersNdcg(models),
            ChartIds.ColdStartUsersRmse => ColdStartCharts.UsersRmse(models),
            ChartIds.ColdStartMovies => ColdStartCharts.MoviesRecall(models),
            _ => throw new ArgumentException(
                $"Unknown cold-start chart '{id}'. Known: {ChartIds.ColdStartUsers}, " +
                $"{ChartIds.ColdStartUsersRmse}, {ChartIds.ColdStartMovies}.",
                nameof(id)),
        };
        return new Chart(id, plot);
    }

    private static ArgumentException Unknown(string id, ChartInput input)
    {
        string known = string.Join(", ", ChartCatalog.All.Where(chart => chart.Input == input).Select(chart => chart.Id));
        return new ArgumentException($"Unknown chart '{id}' for input {input}. Known: {known}.", nameof(id));
    }
}
