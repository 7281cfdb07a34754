using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Charts;

namespace MovieRecs.Cli.Reporting;

/// <summary>The "Problems and limitations" section: cold start, sparsity and popularity bias.</summary>
internal static partial class ReportContent
{
    private static readonly string[] Fallbacks = ["popularity", "content"];

    // The first bucket of the library's breakdowns contains the users with fewer than 10 training
    // ratings and the movies with none.
    private static void AddLimitations(List<ReportBlock> blocks, ReportData data, int k)
    {
        blocks.Add(new HeadingBlock(2, SectionTitles[4]));
        AddNewUsers(blocks, data, k);
        AddNewMovies(blocks, data, k);
        AddSparsity(blocks, data);
        AddPopularityBias(blocks, data, k);
    }

    private static void AddNewUsers(List<ReportBlock> blocks, ReportData data, int k)
    {
        int fewInTemporal = data.Evaluations.Count == 0
            ? 0
            : data.Evaluations[0].ByUserActivity[0].Users;
        int newUsers = data.NewUsers.Train.Select(rating => rating.UserId).Distinct()
            .Count(userId => userId % data.NewUserEveryNth == 0);
        blocks.Add(new HeadingBlock(3, SectionTitles[5]));
        blocks.Add(new ParagraphBlock(
            $"The temporal holdout leaves {Count(fewInTemporal)} test users with fewer than 10 training ratings, " +
            "so it cannot show how the models serve new users. The new-user holdout simulates them: every " +
            $"{data.NewUserEveryNth}th user ({Count(newUsers)} users) keeps only their first {data.NewUserKeptRatings} " +
            "ratings in training and has all later ones in test; the other users are split as in the temporal " +
            $"holdout ({Count(data.NewUsers.Train.Count)} training, {Count(data.NewUsers.Test.Count)} test ratings). " +
            "The buckets count each test user's training ratings."));
        blocks.Add(BucketTable(data.NewUserEvaluations, evaluation => evaluation.ByUserActivity, k, users: true));
        blocks.Add(new ParagraphBlock(FallbackSummary(data.NewUserEvaluations, k)));
        if (data.NewUserEvaluations.Any(evaluation => evaluation.Model == "item-knn"))
        {
            bool unreachable = data.NewUserKeptRatings < data.Coverage.MinNeighbors;
            blocks.Add(new ParagraphBlock(
                $"item-knn lists a movie only when at least {data.Coverage.MinNeighbors} of its neighbors are among the " +
                $"user's rated movies, which a user with {data.NewUserKeptRatings} ratings " +
                (unreachable ? "can never reach" : "reaches only for well-connected movies") +
                ". The gateway serves a user whom a kNN model cannot list anything for the popularity list, " +
                "marked as a fallback."));
        }

        AddFigures(blocks, data, chart => chart.Id is ChartIds.ColdStartUsers or ChartIds.ColdStartUsersRmse);
    }

    private static string FallbackSummary(IReadOnlyList<ModelEvaluation> evaluations, int k)
    {
        var scores = evaluations
            .Select(evaluation => (evaluation.Model, Bucket: evaluation.ByUserActivity[0]))
            .Where(entry => entry.Bucket.Users > 0)
            .ToArray();
        if (scores.Length == 0)
        {
            return "No test user has fewer than 10 training ratings, so the fallbacks cannot be compared here.";
        }

        var best = scores.MaxBy(entry => entry.Bucket.NdcgAtK ?? 0);
        string fallbacks = string.Join(
            "; ",
            scores
                .Where(entry => Fallbacks.Contains(entry.Model))
                .Select(entry => $"{entry.Model} reaches nDCG@{k} {Score(entry.Bucket.NdcgAtK)} and RMSE {Score(entry.Bucket.Rmse)}"));
        string others = string.Join(
            ", ",
            scores
                .Where(entry => !Fallbacks.Contains(entry.Model))
                .OrderByDescending(entry => entry.Bucket.NdcgAtK ?? 0)
                .Select(entry => $"{entry.Model} {Score(entry.Bucket.NdcgAtK)}"));
        string fallbackText = fallbacks.Length == 0
            ? "Neither fallback (popularity, content) was among the evaluated models."
            : $"For users with fewer than 10 training ratings, {fallbacks}.";
        return $"{fallbackText} The other models reach nDCG@{k} {(others.Length == 0 ? "-" : others)}. " +
            $"The best lists for these users come from {best.Model} (nDCG@{k} {Score(best.Bucket.NdcgAtK)}).";
    }

    private static void AddNewMovies(List<ReportBlock> blocks, ReportData data, int k)
    {
        BucketMetrics? unrated = data.Evaluations.Count == 0
            ? null
            : data.Evaluations[0].ByMoviePopularity[0];
        blocks.Add(new HeadingBlock(3, SectionTitles[6]));
        blocks.Add(new ParagraphBlock(
            $"On the temporal holdout, {Count(unrated?.TestRatings ?? 0)} of {Count(data.Temporal.Test.Count)} test " +
            "ratings are of movies with no training rating at all. The buckets count each movie's training ratings; " +
            $"\"Relevant listed\" is the share of the bucket's relevant test ratings whose movie was in the user's top {k}, " +
            "and \"Share of top-k\" the share of all recommendations that fall in the bucket."));
        blocks.Add(BucketTable(data.Evaluations, evaluation => evaluation.ByMoviePopularity, k, users: false));
        AddFigures(blocks, data, chart => chart.Id == ChartIds.ColdStartMovies);
    }

    private static TableBlock BucketTable(
        IReadOnlyList<ModelEvaluation> evaluations,
        Func<ModelEvaluation, IReadOnlyList<BucketMetrics>> buckets,
        int k,
        bool users)
    {
        string[] headers = users
            ? ["Model", "Training ratings", "Users", "Test ratings", "Predicted", "RMSE", $"P@{k}", $"nDCG@{k}"]
            : ["Model", "Training ratings", "Test ratings", "Predicted", "RMSE", "Relevant listed", "Share of top-k"];
        var rows = new List<IReadOnlyList<string>>();
        foreach (ModelEvaluation evaluation in evaluations)
        {
            foreach (BucketMetrics bucket in buckets(evaluation))
            {
                rows.Add(users
                    ?
                    [
                        evaluation.Model, BucketLabel(bucket.Bucket), Count(bucket.Users), Count(bucket.TestRatings),
                        Percent(bucket.Coverage, 1), Score(bucket.Rmse), Score(bucket.PrecisionAtK), Score(bucket.NdcgAtK),
                    ]
                    :
                    [
                        evaluation.Model, BucketLabel(bucket.Bucket), Count(bucket.TestRatings), Percent(bucket.Coverage, 1),
                        Score(bucket.Rmse), bucket.RecallAtK is double recall ? Percent(recall, 1) : "-",
                        Percent(bucket.RecommendedShare, 1),
                    ]);
            }
        }

        return new TableBlock(headers, rows);
    }

    private static void AddSparsity(List<ReportBlock> blocks, ReportData data)
    {
        DatasetProfile profile = data.Profile;
        NeighborCoverage coverage = data.Coverage;
        blocks.Add(new HeadingBlock(3, SectionTitles[7]));
        blocks.Add(new ParagraphBlock(
            $"{Percent(profile.SparsityPercent / 100, 2)} of the {Count((long)profile.Users * profile.Movies)} user x movie " +
            $"cells are empty: the median user rated {data.MedianRatingsPerUser.ToString("0.#", Invariant)} movies and the " +
            $"median rated movie has {data.MedianRatingsPerMovie.ToString("0.#", Invariant)} ratings (see the sparsity chart " +
            $"in {SectionTitles[1]}). In the item-knn neighbor graph of the temporal training part, " +
            $"{Count(coverage.WithNeighbors)} of {Count(coverage.Movies)} movies ({Percent(Share(coverage.WithNeighbors, coverage.Movies), 1)}) " +
            $"have a neighbor at all, and {Count(coverage.WithEnoughNeighbors)} ({Percent(Share(coverage.WithEnoughNeighbors, coverage.Movies), 1)}) " +
            $"have at least {coverage.MinNeighbors}; the median rated movie has {coverage.MedianNeighbors.ToString("0.#", Invariant)}. " +
            $"item-knn ranks a movie for a user only when at least {coverage.MinNeighbors} of its neighbors are among " +
            "the user's rated movies, so a movie without enough neighbors is never recommended."));
        ModelEvaluation[] knn = data.Evaluations.Where(evaluation => evaluation.Model.Contains("knn", StringComparison.Ordinal)).ToArray();
        if (knn.Length == 0)
        {
            blocks.Add(new ParagraphBlock("No kNN model was among the evaluated models, so none is measured here."));
            return;
        }

        blocks.Add(new ParagraphBlock(
            "A kNN model cannot predict a test rating when no neighbor of the movie (item-knn) or no similar user " +
            "who rated it (user-knn) is in the user's training ratings:"));
        blocks.Add(new TableBlock(
            ["Model", "Test ratings", "Predicted", "Cannot predict"],
            knn
                .Select(evaluation => (IReadOnlyList<string>)
                [
                    evaluation.Model,
                    Count(evaluation.TestRatings),
                    Count(evaluation.PredictedRatings),
                    Percent(1 - evaluation.Coverage, 1),
                ])
                .ToArray()));
    }

    private static void AddPopularityBias(List<ReportBlock> blocks, ReportData data, int k)
    {
        double dataShare = data.Profile.TopMoviesRatingShare;
        string[] amplifying = data.Evaluations
            .Where(evaluation => evaluation.PopularShare > dataShare)
            .Select(evaluation => evaluation.Model)
            .ToArray();
        blocks.Add(new HeadingBlock(3, SectionTitles[8]));
        blocks.Add(new ParagraphBlock(
            $"In the data, the 1% most rated movies receive {Percent(dataShare, 1)} of the ratings. A model whose top-{k} " +
            "lists draw a larger share from them amplifies popularity: " +
            (amplifying.Length == 0 ? "none of the evaluated models does." : string.Join(", ", amplifying) + ".") +
            " Catalogue coverage is the share of all movies that appear in at least one user's list."));
        blocks.Add(new TableBlock(
            ["Model", $"Top-{k} from the 1% most rated", "Catalogue coverage", "Novelty (bits)"],
            data.Evaluations
                .Select(evaluation => (IReadOnlyList<string>)
                [
                    evaluation.Model,
                    Percent(evaluation.PopularShare, 1),
                    Percent(evaluation.CatalogCoverage, 1),
                    evaluation.Novelty.ToString("F2", Invariant),
                ])
                .ToArray()));
    }

    /// <summary>Writes the library's single-value bucket "0-0" as "0".</summary>
    private static string BucketLabel(string bucket)
    {
        string[] bounds = bucket.Split('-');
        return bounds.Length == 2 && bounds[0] == bounds[1] ? bounds[0] : bucket;
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
