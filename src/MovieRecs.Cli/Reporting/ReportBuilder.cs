using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Cli.Commands;

namespace MovieRecs.Cli.Reporting;

/// <summary>
/// Computes everything a report shows from a loaded data set: the profile, the similarity
/// heatmaps, the model evaluations on the temporal and new-user holdouts, and the neighbor
/// coverage. Then it draws the charts into the output folder.
/// </summary>
internal sealed partial class ReportBuilder(ReportOptions options, IReportProgress progress)
{
    /// <summary>Every n-th user is a simulated new user in the cold-start evaluation.</summary>
    public const int NewUserEveryNth = 5;

    /// <summary>The ratings a simulated new user keeps in training: fewer than 10, the first activity bucket.</summary>
    public const int NewUserKeptRatings = 5;

    /// <summary>The neighbors shown beside the heatmap movie.</summary>
    public const int HeatmapNeighbors = 10;

    /// <summary>The most rated movies of the popular heatmap.</summary>
    public const int PopularMovies = 15;

    // The data loading, the writing and the steps below, besides one evaluation per model and split.
    private const int FixedSteps = 6;

    /// <summary>The number of steps a build reports, the loading and writing included.</summary>
    public int TotalSteps => FixedSteps + (2 * options.Models.Count);

    /// <summary>Computes the report's numbers and writes its charts; the caller has reported the load.</summary>
    /// <exception cref="ArgumentException">The heatmap movie is not in the catalogue.</exception>
    public ReportData Build(MovieLensDataset dataset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var itemKnn = (ItemKnnRecommender)RecommenderCatalog.Create("item-knn");
        ItemSimilarityOptions similarityOptions = itemKnn.SimilarityOptions;

        progress.Begin("Profiling the ratings");
        var summary = DatasetSummary.From(dataset);
        DatasetProfile profile = DatasetProfiler.Compute(dataset);
        progress.Complete();

        progress.Begin("Computing the similarity heatmaps");
        var matrix = RatingMatrix.Build(dataset.Ratings, dataset.Movies.Select(movie => movie.MovieId));
        if (profile.MostRatedMovies.Count == 0)
        {
            throw new ArgumentException("The data set has no rated movie to draw the similarity heatmap of.");
        }

        int movieId = options.MovieId ?? profile.MostRatedMovies[0].MovieId;
        if (!dataset.TryGetMovie(movieId, out _))
        {
            throw new ArgumentException($"Movie {movieId} (--movie) is not in the catalogue; choose a movie id of movies.csv.");
        }

        IReadOnlyList<MovieNeighbor> neighbors =
            ItemSimilarityMatrix.TopNeighbors(matrix, movieId, HeatmapNeighbors, similarityOptions);
        MovieSimilarityMatrix movieSimilarity = ItemSimilarityMatrix.Compute(
            matrix,
            dataset.Movies,
            [movieId, .. neighbors.Select(neighbor => neighbor.MovieId)],
            similarityOptions);
        MovieSimilarityMatrix popularSimilarity = ItemSimilarityMatrix.Compute(
            matrix,
            dataset.Movies,
            profile.MostRatedMovies.Take(PopularMovies).Select(movie => movie.MovieId).ToArray(),
            similarityOptions);
        progress.Complete();

        var evaluationOptions = new EvaluationOptions { K = options.K, MaxK = Math.Max(options.K, 20) };
        TrainTestSplit temporal = DataSplitter.TemporalHoldout(dataset.Ratings);
        IReadOnlyList<ModelEvaluation> evaluations = Evaluate(dataset, temporal, evaluationOptions, cancellationToken);
        TrainTestSplit newUsers = DataSplitter.NewUserHoldout(dataset.Ratings, NewUserEveryNth, NewUserKeptRatings);
        IReadOnlyList<ModelEvaluation> newUserEvaluations = Evaluate(dataset, newUsers, evaluationOptions, cancellationToken);

        progress.Begin("Counting item-knn neighbors on the temporal training part");
        var training = new TrainingData(temporal.Train, dataset.Movies);
        itemKnn.Fit(training);
        int[] ratingCounts = Enumerable.Range(0, training.Ratings.Items.Count)
            .Select(training.Ratings.ItemRatingCount)
            .ToArray();
        NeighborCoverage coverage = NeighborCoverage.Compute(itemKnn.Graph, ratingCounts, itemKnn.Options.MinNeighborsToRank);
        progress.Complete();

        var data = new ReportData(
            summary,
            profile,
            temporal,
            evaluations,
            newUsers,
            newUserEvaluations,
            NewUserEveryNth,
            NewUserKeptRatings,
            coverage,
            Median(dataset.Ratings.GroupBy(rating => rating.UserId).Select(user => user.Count())),
            Median(dataset.Ratings.GroupBy(rating => rating.MovieId).Select(movie => movie.Count())),
            movieSimilarity,
            popularSimilarity,
            []);

        progress.Begin("Drawing the charts");
        IReadOnlyList<ReportChart> charts = WriteCharts(data);
        progress.Complete();
        return data with { Charts = charts };
    }

    private List<ModelEvaluation> Evaluate(
        MovieLensDataset dataset,
        TrainTestSplit split,
        EvaluationOptions evaluationOptions,
        CancellationToken cancellationToken)
    {
        var results = new List<ModelEvaluation>(options.Models.Count);
        foreach (string model in options.Models)
        {
            progress.Begin($"Evaluating {model} on the {split.Name}");
            results.Add(new Evaluator().Evaluate(
                RecommenderCatalog.Create(model),
                split,
                dataset.Movies,
                evaluationOptions,
                dataset.Tags,
                cancellationToken));
            progress.Complete();
        }

        return results;
    }

    private static double Median(IEnumerable<int> values)
    {
        int[] sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
