using MovieRecs.Charts;

namespace MovieRecs.Cli.Reporting;

/// <summary>The chart files of a report, drawn with the same chart stack as the gateway.</summary>
internal sealed partial class ReportBuilder
{
    private const int ChartWidth = 900;
    private const int ChartHeight = 500;
    private const int HeatmapHeight = 820;

    /// <summary>
    /// Draws every data, model and similarity chart as SVG and PNG into charts/ of the output
    /// folder, in report order.
    /// </summary>
    private List<ReportChart> WriteCharts(ReportData data)
    {
        string folder = Path.Combine(options.OutputDirectory, "charts");
        Directory.CreateDirectory(folder);
        ModelScores[] scores = data.Evaluations.Select(ModelScores.FromEvaluation).ToArray();
        string movieTitle = data.MovieSimilarity.Titles[0];
        int neighbors = data.MovieSimilarity.MovieIds.Count - 1;

        var charts = new List<(ChartDefinition Definition, Func<Chart> Draw, int Height)>();
        foreach (ChartDefinition definition in ChartCatalog.All)
        {
            switch (definition.Input)
            {
                case ChartInput.DatasetProfile:
                    bool heatmap = definition.Id == ChartIds.GenreCooccurrence;
                    charts.Add((
                        definition,
                        () => ChartFactory.CreateProfileChart(definition.Id, data.Profile),
                        heatmap ? HeatmapHeight : ChartHeight));
                    break;
                case ChartInput.ModelScores:
                    charts.Add((definition, () => ChartFactory.CreateModelChart(definition.Id, scores), ChartHeight));
                    break;
                case ChartInput.MovieSimilarity:
                    charts.Add((
                        definition with { Title = $"Cosine similarity: {movieTitle} and its top {neighbors} neighbors" },
                        () => ChartFactory.CreateSimilarityChart(
                            definition.Id,
                            data.MovieSimilarity,
                            $"Cosine similarity: {movieTitle} and its top {neighbors} neighbors"),
                        HeatmapHeight));
                    break;
                case ChartInput.PopularSimilarity:
                    string title = $"Cosine similarity of the {data.PopularSimilarity.MovieIds.Count} most rated movies";
                    charts.Add((
                        definition with { Title = title },
                        () => ChartFactory.CreateSimilarityChart(definition.Id, data.PopularSimilarity, title),
                        HeatmapHeight));
                    break;
                default:
                    // The analytics charts are drawn from a customer analytics run, which the report
                    // does not make. The gateway serves them.
                    break;
            }
        }

        AddColdStart(charts, ChartIds.ColdStartUsers, "nDCG@k by user activity (new-user holdout)", data.NewUserEvaluations);
        AddColdStart(charts, ChartIds.ColdStartUsersRmse, "RMSE by user activity (new-user holdout)", data.NewUserEvaluations);
        AddColdStart(charts, ChartIds.ColdStartMovies, "Relevant test ratings listed, by movie popularity", data.Evaluations);

        var written = new List<ReportChart>(charts.Count);
        foreach ((ChartDefinition definition, Func<Chart> draw, int height) in charts)
        {
            using Chart chart = draw();
            File.WriteAllBytes(Path.Combine(folder, definition.Id + ".svg"), chart.Render(ChartFormat.Svg, ChartWidth, height));
            File.WriteAllBytes(Path.Combine(folder, definition.Id + ".png"), chart.Render(ChartFormat.Png, ChartWidth, height));
            written.Add(new ReportChart(definition.Id, definition.Title));
        }

        return written;
    }

    private static void AddColdStart(
        List<(ChartDefinition Definition, Func<Chart> Draw, int Height)> charts,
        string id,
        string title,
        IReadOnlyList<Algorithms.Evaluation.ModelEvaluation> evaluations) =>
        charts.Add((
            new ChartDefinition(id, title, ChartSection.Models, ChartInput.ModelScores),
            () => ChartFactory.CreateColdStartChart(id, evaluations),
            ChartHeight));
}
