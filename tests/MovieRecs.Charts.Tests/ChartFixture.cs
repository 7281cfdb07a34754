using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Charts.Tests;

/// <summary>
/// The inputs of every chart from a small data set: 12 users who rate 10 movies in three genres
/// over four months, two models evaluated on its temporal holdout, and the similarity of five
/// movies.
/// </summary>
internal static class ChartFixture
{
    private static readonly string[][] GenreSets =
    [
        ["Comedy"], ["Drama"], ["Comedy", "Romance"], ["Action"], ["Action", "Drama"],
    ];

    public static IReadOnlyList<Movie> Movies { get; } = Enumerable.Range(1, 10)
        .Select(movie => new Movie(movie, $"Movie {movie} ({1990 + movie})", 1990 + movie, GenreSets[movie % GenreSets.Length]))
        .ToArray();

    /// <summary>User u rates movie m when (u + m) mod 3 is not 0, with (u m) mod 10 / 2 + 0.5 stars.</summary>
    public static IReadOnlyList<Rating> Ratings { get; } = Enumerable.Range(1, 12)
        .SelectMany(user => Enumerable.Range(1, 10)
            .Where(movie => (user + movie) % 3 != 0)
            .Select(movie => new Rating(
                user,
                movie,
                ((user * movie) % 10 / 2.0) + 0.5,
                1_600_000_000L + (user * 3_000_000L) + (movie * 7_200L))))
        .ToArray();

    public static DatasetProfile Profile { get; } = DatasetProfiler.Compute(Movies, Ratings, densityBins: 4);

    public static IReadOnlyList<ModelEvaluation> Evaluations { get; } = Evaluate(["popularity", "baseline"]);

    public static IReadOnlyList<ModelScores> Scores { get; } = Evaluations.Select(ModelScores.FromEvaluation).ToArray();

    public static MovieSimilarityMatrix Similarity { get; } = ItemSimilarityMatrix.Compute(
        RatingMatrix.Build(Ratings, Movies.Select(movie => movie.MovieId)),
        Movies,
        [1, 2, 3, 4, 5],
        new ItemSimilarityOptions());

    private static ModelEvaluation[] Evaluate(string[] models)
    {
        TrainTestSplit split = DataSplitter.TemporalHoldout(Ratings);
        var options = new EvaluationOptions { K = 3, MaxK = 5, MaxDegreeOfParallelism = 1 };
        return models
            .Select(model => new Evaluator().Evaluate(RecommenderCatalog.Create(model), split, Movies, options))
            .ToArray();
    }
}
