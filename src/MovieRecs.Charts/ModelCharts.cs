using ScottPlot;

namespace MovieRecs.Charts;

/// <summary>The model comparison charts, drawn from each model's <see cref="ModelScores"/>.</summary>
internal static class ModelCharts
{
    public static Plot Error(IReadOnlyList<ModelScores> models) =>
        Bars(
            models,
            "Rating error by model (lower is better)",
            "Error (stars)",
            [("RMSE", model => model.Rmse), ("MAE", model => model.Mae)]);

    public static Plot Ranking(IReadOnlyList<ModelScores> models)
    {
        int k = models.Count == 0 ? 10 : models[0].K;
        return Bars(
            models,
            $"Ranking accuracy by model at k = {k} (higher is better)",
            "Mean over users (0-1)",
            [
                ($"Precision@{k}", model => model.PrecisionAtK),
                ($"Recall@{k}", model => model.RecallAtK),
                ($"nDCG@{k}", model => model.NdcgAtK),
                ($"MAP@{k}", model => model.MapAtK),
                ("MRR", model => model.Mrr),
                ($"Hit rate@{k}", model => model.HitRateAtK),
            ]);
    }

    public static Plot Coverage(IReadOnlyList<ModelScores> models) =>
        Bars(
            models,
            "Coverage and popularity by model",
            "Share (%)",
            [
                ("Test ratings predicted", model => 100 * model.Coverage),
                ("Catalogue in top-k lists", model => 100 * model.CatalogCoverage),
                ("Top-k from the 1% most rated", model => 100 * model.PopularShare),
            ]);

    public static Plot Novelty(IReadOnlyList<ModelScores> models) =>
        Bars(
            models,
            "Novelty of the top-k lists by model",
            "Mean self-information (bits)",
            [("Novelty", model => model.Novelty)]);

    public static Plot Diversity(IReadOnlyList<ModelScores> models) =>
        Bars(
            models,
            "Intra-list diversity by model",
            "Mean genre cosine distance (0-1)",
            [("Diversity", model => model.IntraListDiversity)]);

    public static Plot Curve(IReadOnlyList<ModelScores> models, bool precision)
    {
        string metric = precision ? "Precision@k" : "Recall@k";
        int maxK = models.Count == 0 ? 20 : models.Max(model => model.Curve.Count);
        Plot plot = ChartStyle.Create($"{metric} at k = 1..{maxK}", "List length k (movies)", $"{metric} (0-1)");
        for (int index = 0; index < models.Count; index++)
        {
            ModelScores model = models[index];
            double[] ks = model.Curve.Select(point => (double)point.K).ToArray();
            double[] values = model.Curve.Select(point => precision ? point.Precision : point.Recall).ToArray();
            if (ks.Length == 0)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(ks, values, ChartStyle.SeriesColor(index));
            line.LegendText = model.Model;
            line.LineWidth = 2;
            line.MarkerSize = 4;

            // Ten colors repeat from the eleventh model on, so those get dashed lines.
            if (index >= 10)
            {
                line.LinePattern = LinePattern.Dashed;
            }
        }

        if (models.Count > 1)
        {
            plot.ShowLegend(Edge.Right);
        }

        plot.Axes.SetLimitsX(0.5, maxK + 0.5);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    private static Plot Bars(
        IReadOnlyList<ModelScores> models,
        string title,
        string valueLabel,
        IReadOnlyList<(string Name, Func<ModelScores, double?> Value)> metrics)
    {
        Plot plot = ChartStyle.Create(title, "Model", valueLabel);
        var series = metrics
            .Select(metric => (metric.Name, models.Select(metric.Value).ToArray()))
            .ToList();
        double[] centers = ChartStyle.AddGroupedBars(plot, models.Count, series);
        ChartStyle.SetCategoryTicks(plot, centers, models.Select(model => model.Model).ToArray());
        return plot;
    }
}
