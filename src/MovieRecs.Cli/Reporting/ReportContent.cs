using System.Globalization;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Charts;

namespace MovieRecs.Cli.Reporting;

/// <summary>
/// Lays out a report's sections as blocks: the data summary and validation, the data charts, the
/// similarity heatmaps, the model comparison, and the problems and limitations. Every number comes
/// from the <see cref="ReportData"/> of the run.
/// </summary>
internal static partial class ReportContent
{
    /// <summary>The section titles, in order, as the report test looks for them.</summary>
    public static IReadOnlyList<string> SectionTitles { get; } =
    [
        "Data summary and validation",
        "Data charts",
        "Similarity",
        "Model comparison",
        "Problems and limitations",
        "Cold start: new users",
        "Cold start: new and rarely rated movies",
        "Sparsity and its effect",
        "Popularity bias",
    ];

    private const int IssuesShown = 20;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Creates the blocks of the whole report.</summary>
    public static IReadOnlyList<ReportBlock> Create(ReportData data, ReportOptions options, DateTimeOffset generatedAt, TimeSpan elapsed)
    {
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(1, "MovieRecs analysis report"),
            new ParagraphBlock(
                $"Generated on {generatedAt.ToString("yyyy-MM-dd HH:mm", Invariant)} UTC from {data.Summary.Directory} " +
                $"in {elapsed.TotalSeconds.ToString("F0", Invariant)} s. Models: {string.Join(", ", options.Models)}; " +
                $"list length k = {options.K}. Every number and chart in this report was computed on this run."),
        };
        AddDataSummary(blocks, data);
        AddDataCharts(blocks, data);
        AddSimilarity(blocks, data);
        AddModelComparison(blocks, data, options.K);
        AddLimitations(blocks, data, options.K);
        return blocks;
    }

    private static void AddDataSummary(List<ReportBlock> blocks, ReportData data)
    {
        DatasetProfile profile = data.Profile;
        blocks.Add(new HeadingBlock(2, SectionTitles[0]));
        blocks.Add(new TableBlock(
            ["Figure", "Value"],
            [
                ["Users", Count(profile.Users)],
                ["Movies in the catalogue", Count(profile.Movies)],
                ["Movies with a rating", Count(profile.RatedMovies)],
                ["Ratings", Count(profile.Ratings)],
                ["Sparsity (empty user x movie cells)", Percent(profile.SparsityPercent / 100, 2)],
                ["Mean rating (stars)", profile.MeanRating.ToString("F3", Invariant)],
                ["First rating (UTC)", Date(profile.FirstRating)],
                ["Last rating (UTC)", Date(profile.LastRating)],
                ["Median ratings per user", data.MedianRatingsPerUser.ToString("0.#", Invariant)],
                ["Median ratings per rated movie", data.MedianRatingsPerMovie.ToString("0.#", Invariant)],
                ["Tags", Count(data.Summary.Tags)],
                ["Links", Count(data.Summary.Links)],
                ["Genre labels", Count(data.Summary.GenreLabels)],
            ]));

        blocks.Add(new ParagraphBlock(
            $"Validation: the loader checked every row of every file and found {Count(data.Summary.IssueCount)} " +
            "issue(s). Each row read is counted as kept, fixed or skipped."));
        blocks.Add(new TableBlock(
            ["File", "Rows read", "Kept", "Fixed", "Skipped", "Skipped by kind"],
            data.Summary.Files
                .Select(file => (IReadOnlyList<string>)
                [
                    file.IsPresent ? file.File : $"{file.File} (absent)",
                    Count(file.RowsRead),
                    Count(file.RowsKept),
                    Count(file.RowsFixed),
                    Count(file.RowsSkipped),
                    file.SkippedByKind.Count == 0
                        ? "-"
                        : string.Join(", ", file.SkippedByKind.Select(kind => $"{kind.Key}: {Count(kind.Value)}")),
                ])
                .ToArray()));
        if (data.Summary.Issues.Count > 0)
        {
            blocks.Add(new ParagraphBlock(
                $"The first {Math.Min(IssuesShown, data.Summary.Issues.Count)} issues by file and line:"));
            blocks.Add(new TableBlock(
                ["File", "Line", "Problem", "Action", "Message"],
                data.Summary.Issues
                    .Take(IssuesShown)
                    .Select(issue => (IReadOnlyList<string>)
                    [
                        issue.File,
                        issue.Line.ToString(Invariant),
                        issue.Kind.ToString(),
                        issue.Action.ToString(),
                        issue.Message,
                    ])
                    .ToArray()));
        }
    }

    private static void AddDataCharts(List<ReportBlock> blocks, ReportData data)
    {
        blocks.Add(new HeadingBlock(2, SectionTitles[1]));
        blocks.Add(new ParagraphBlock(
            $"The 1% most rated movies receive {Percent(data.Profile.TopMoviesRatingShare, 1)} of all ratings. " +
            "The long-tail charts plot each user's and movie's rating count against its rank on log-log axes; " +
            "times are UTC."));
        AddFigures(blocks, data, chart => ChartCatalog.Find(chart.Id)?.Section == ChartSection.Data);
    }

    private static void AddSimilarity(List<ReportBlock> blocks, ReportData data)
    {
        MovieSimilarityMatrix movie = data.MovieSimilarity;
        blocks.Add(new HeadingBlock(2, SectionTitles[2]));
        blocks.Add(new ParagraphBlock(
            $"Item-item cosine similarity of the full rating vectors, as the item-knn model computes it, of " +
            $"{movie.Titles[0]} and its {movie.MovieIds.Count - 1} strongest neighbors, and of the " +
            $"{data.PopularSimilarity.MovieIds.Count} most rated movies. Grey cells are undefined (no co-rating " +
            "user). The genre heatmap counts the movies that carry both genres; its diagonal is each genre's movie count."));
        AddFigures(blocks, data, chart => ChartCatalog.Find(chart.Id)?.Section == ChartSection.Similarity);
    }

    private static void AddModelComparison(List<ReportBlock> blocks, ReportData data, int k)
    {
        TrainTestSplit split = data.Temporal;
        int ranked = data.Evaluations.Count == 0 ? 0 : data.Evaluations[0].RankedUsers;
        blocks.Add(new HeadingBlock(2, SectionTitles[3]));
        blocks.Add(new ParagraphBlock(
            $"Temporal holdout: each user's latest ratings, the last max(1, floor(n / 5)) of n, form the test set, " +
            $"{Count(split.Train.Count)} training and {Count(split.Test.Count)} test ratings. A test movie rated 4.0 " +
            $"or more is relevant; {Count(ranked)} users have one, and the ranking metrics average over them. " +
            "Each model ranks every movie the user did not rate in training."));
        blocks.Add(ComparisonTable(data.Evaluations, k));
        blocks.Add(new ParagraphBlock(BestModels(data.Evaluations, k)));
        AddFigures(blocks, data, chart => ChartCatalog.Find(chart.Id)?.Section == ChartSection.Models);
    }

    private static TableBlock ComparisonTable(IReadOnlyList<ModelEvaluation> evaluations, int k) => new(
        [
            "Model", "RMSE", "MAE", "Predicted", $"P@{k}", $"R@{k}", $"nDCG@{k}", $"MAP@{k}", "MRR", $"Hit@{k}",
            "Catalogue", "Top 1%", "Novelty (bits)", "Diversity", "Fit s", "Eval s",
        ],
        evaluations
            .Select(result => (IReadOnlyList<string>)
            [
                result.Model,
                Score(result.Rmse),
                Score(result.Mae),
                Percent(result.Coverage, 1),
                Score(result.PrecisionAtK),
                Score(result.RecallAtK),
                Score(result.NdcgAtK),
                Score(result.MapAtK),
                Score(result.Mrr),
                Score(result.HitRateAtK),
                Percent(result.CatalogCoverage, 1),
                Percent(result.PopularShare, 1),
                result.Novelty.ToString("F2", Invariant),
                result.IntraListDiversity.ToString("F3", Invariant),
                result.FitSeconds.ToString("F2", Invariant),
                result.EvaluateSeconds.ToString("F2", Invariant),
            ])
            .ToArray());

    private static string BestModels(IReadOnlyList<ModelEvaluation> evaluations, int k)
    {
        ModelEvaluation? bestRmse = evaluations.Where(result => result.Rmse is not null).MinBy(result => result.Rmse);
        ModelEvaluation? bestNdcg = evaluations.MaxBy(result => result.NdcgAtK);
        if (bestNdcg is null)
        {
            return "No model was evaluated.";
        }

        string rmse = bestRmse is null
            ? "No model predicted ratings."
            : $"The lowest RMSE is {bestRmse.Model}'s ({Score(bestRmse.Rmse)} stars).";
        return $"{rmse} The best top-{k} lists by nDCG@{k} are {bestNdcg.Model}'s ({Score(bestNdcg.NdcgAtK)}). " +
            "Predicted is the share of test ratings a model could predict; Top 1% is the share of its top-k " +
            "recommendations that come from the 1% most rated training movies.";
    }

    private static void AddFigures(List<ReportBlock> blocks, ReportData data, Func<ReportChart, bool> include)
    {
        foreach (ReportChart chart in data.Charts.Where(include))
        {
            blocks.Add(new FigureBlock(chart));
        }
    }

    private static string Count(long value) => value.ToString("N0", Invariant);

    private static string Score(double? value) => value?.ToString("F4", Invariant) ?? "-";

    private static string Percent(double share, int decimals) =>
        (100 * share).ToString("F" + decimals.ToString(Invariant), Invariant) + "%";

    private static string Date(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", Invariant) ?? "-";
}
