using System.Globalization;
using System.Text;
using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Cli.Commands;

/// <summary>Writes evaluation results as a CSV table and as a Markdown report.</summary>
internal static class EvaluationReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CsvColumns =
    [
        "model", "split", "rmse", "mae", "coverage", "precisionAtK", "recallAtK", "ndcgAtK", "mapAtK", "mrr",
        "hitRateAtK", "catalogCoverage", "novelty", "intraListDiversity", "popularShare", "k", "fitSeconds",
        "evaluateSeconds", "testRatings", "predictedRatings", "rankedUsers",
    ];

    /// <summary>Formats one row per evaluation, with a header, as RFC 4180 CSV.</summary>
    public static string ToCsv(IReadOnlyList<ModelEvaluation> results)
    {
        var builder = new StringBuilder();
        builder.AppendLine(string.Join(',', CsvColumns));
        foreach (ModelEvaluation result in results)
        {
            object?[] values =
            [
                result.Model, result.Split, result.Rmse, result.Mae, result.Coverage, result.PrecisionAtK,
                result.RecallAtK, result.NdcgAtK, result.MapAtK, result.Mrr, result.HitRateAtK, result.CatalogCoverage,
                result.Novelty, result.IntraListDiversity, result.PopularShare, result.K, result.FitSeconds,
                result.EvaluateSeconds, result.TestRatings, result.PredictedRatings, result.RankedUsers,
            ];
            builder.AppendLine(string.Join(',', values.Select(CsvField)));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Formats the comparison table, the 95% intervals, the paired tests of every model against
    /// the first one, and the cold-start breakdowns as Markdown.
    /// </summary>
    public static string ToMarkdown(IReadOnlyList<ModelEvaluation> results)
    {
        var builder = new StringBuilder();
        if (results.Count == 0)
        {
            return "No model was evaluated.\n";
        }

        int k = results[0].K;
        builder.AppendLine($"# Evaluation on {results[0].Split}").AppendLine();
        builder.AppendLine($"| Model | RMSE | MAE | Coverage | P@{k} | R@{k} | nDCG@{k} | MAP@{k} | MRR | Catalog | Top 1% | Fit s |");
        builder.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (ModelEvaluation result in results)
        {
            builder.AppendLine(
                $"| {result.Model} | {Number(result.Rmse)} | {Number(result.Mae)} | {Percent(result.Coverage)} | " +
                $"{Number(result.PrecisionAtK)} | {Number(result.RecallAtK)} | {Number(result.NdcgAtK)} | " +
                $"{Number(result.MapAtK)} | {Number(result.Mrr)} | {Percent(result.CatalogCoverage)} | " +
                $"{Percent(result.PopularShare)} | {result.FitSeconds.ToString("F2", Invariant)} |");
        }

        AppendIntervals(builder, results);
        AppendPairedTests(builder, results);
        AppendBuckets(builder, results, "Users by training ratings", result => result.ByUserActivity);
        AppendBuckets(builder, results, "Movies by training ratings", result => result.ByMoviePopularity);
        return builder.ToString();
    }

    private static void AppendIntervals(StringBuilder builder, IReadOnlyList<ModelEvaluation> results)
    {
        builder.AppendLine().AppendLine("## 95% bootstrap intervals over users").AppendLine();
        builder.AppendLine("| Model | RMSE | Precision@k | Recall@k | nDCG@k |");
        builder.AppendLine("|---|---|---|---|---|");
        foreach (ModelEvaluation result in results)
        {
            builder.AppendLine(
                $"| {result.Model} | {Interval(result, "rmse")} | {Interval(result, "precisionAtK")} | " +
                $"{Interval(result, "recallAtK")} | {Interval(result, "ndcgAtK")} |");
        }
    }

    private static void AppendPairedTests(StringBuilder builder, IReadOnlyList<ModelEvaluation> results)
    {
        if (results.Count < 2)
        {
            return;
        }

        ModelEvaluation reference = results[0];
        builder.AppendLine().AppendLine($"## Paired t-tests against {reference.Model}").AppendLine();
        builder.AppendLine("| Model | Metric | Users | Mean difference | 95% interval | p |");
        builder.AppendLine("|---|---|---|---|---|---|");
        foreach (ModelEvaluation result in results.Skip(1))
        {
            foreach ((string metric, Func<UserMetrics, double?> select) in (List<(string, Func<UserMetrics, double?>)>)
                [("precisionAtK", user => user.PrecisionAtK), ("ndcgAtK", user => user.NdcgAtK)])
            {
                if (PairedComparison.TryCompare(result, reference, metric, select) is not PairedComparison comparison)
                {
                    builder.AppendLine($"| {result.Model} | {metric} | fewer than 2 shared users | - | - | - |");
                    continue;
                }

                builder.AppendLine(
                    $"| {result.Model} | {metric} | {comparison.Users} | {Number(comparison.Difference.Estimate)} | " +
                    $"{Number(comparison.Difference.Lower)} to {Number(comparison.Difference.Upper)} | " +
                    $"{PValue(comparison.PValue)} |");
            }
        }
    }

    private static void AppendBuckets(
        StringBuilder builder,
        IReadOnlyList<ModelEvaluation> results,
        string title,
        Func<ModelEvaluation, IReadOnlyList<BucketMetrics>> select)
    {
        builder.AppendLine().AppendLine($"## {title}").AppendLine();
        builder.AppendLine("| Model | Bucket | Users | Test ratings | RMSE | Coverage | P@k | R@k | nDCG@k | Share of lists |");
        builder.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (ModelEvaluation result in results)
        {
            foreach (BucketMetrics bucket in select(result))
            {
                builder.AppendLine(
                    $"| {result.Model} | {bucket.Bucket} | {bucket.Users} | {bucket.TestRatings} | {Number(bucket.Rmse)} | " +
                    $"{Percent(bucket.Coverage)} | {Number(bucket.PrecisionAtK)} | {Number(bucket.RecallAtK)} | " +
                    $"{Number(bucket.NdcgAtK)} | {Percent(bucket.RecommendedShare)} |");
            }
        }
    }

    private static string Interval(ModelEvaluation result, string metric) =>
        result.Intervals.GetValueOrDefault(metric) is ConfidenceInterval interval
            ? $"{Number(interval.Lower)} to {Number(interval.Upper)}"
            : "-";

    // Double-precision arithmetic cannot resolve a tail probability below about 1e-15 from 1 - CDF.
    private static string PValue(double value) => value < 1e-15 ? "< 1e-15" : value.ToString("G3", Invariant);

    private static string Number(double? value) => value?.ToString("F4", Invariant) ?? "-";

    private static string Percent(double value) => value.ToString("P1", Invariant);

    private static string CsvField(object? value) => value switch
    {
        null => string.Empty,
        double number => number.ToString("R", Invariant),
        IFormattable formattable => formattable.ToString(null, Invariant),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
