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
