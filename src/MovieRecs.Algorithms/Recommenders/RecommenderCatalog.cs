using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>The models MovieRecs ships, by the names the command line and the API accept.</summary>
public static class RecommenderCatalog
{
    /// <summary>
    /// The model used when a request names none: implicit ALS, which has the best top-10 lists of
    /// the catalogue on the temporal holdout of ml-latest-small (docs/evaluation.md).
    /// </summary>
    public const string DefaultModel = "wals";

    /// <summary>The model a user with no ratings is served by.</summary>
    public const string FallbackModel = "popularity";

    // Defaults measured on ml-latest-small with the temporal holdout (docs/evaluation.md): ranking
    // only movies backed by 10 neighbors keeps single-neighbor flukes off the top, and Pearson
    // needs 5 co-ratings before a correlation is trusted.
    private const int MinNeighborsToRank = 10;
    private const int PearsonMinCoRatings = 5;

    private static readonly Dictionary<string, Func<IRecommender>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["popularity"] = () => new PopularityRecommender(PopularityRanking.MostRated),
        ["top-rated"] = () => new PopularityRecommender(PopularityRanking.BayesianAverage),
        ["content"] = () => new ContentBasedRecommender(),
        ["user-knn"] = () => new UserKnnRecommender(Knn(SimilarityMetric.Cosine)),
        ["user-knn-pearson"] = () => new UserKnnRecommender(Knn(SimilarityMetric.Pearson)),
        ["item-knn"] = () => new ItemKnnRecommender(Knn(SimilarityMetric.Cosine)),
        ["item-knn-pearson"] = () => new ItemKnnRecommender(Knn(SimilarityMetric.Pearson)),
        ["item-knn-baseline"] = CreateItemKnnBaseline,
        ["baseline"] = () => new BiasedBaseline(),
        ["biased-mf"] = () => new BiasedMatrixFactorization(),
        ["wals"] = () => new ImplicitAls(),
        ["blend"] = () => new BlendedRecommender("blend", () => new BiasedMatrixFactorization(), CreateItemKnnBaseline),
        ["hybrid"] = () => new HybridRecommender("hybrid", () => new BiasedMatrixFactorization()),
    };

    /// <summary>
    /// The model names in a fixed order: baselines first, then content, then neighborhood models,
    /// then matrix factorization, then the combinations.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "popularity", "top-rated", "baseline", "content", "user-knn", "user-knn-pearson", "item-knn", "item-knn-pearson",
        "item-knn-baseline", "biased-mf", "wals", "blend", "hybrid",
    ];

    /// <summary>Returns whether a model name is known, ignoring case.</summary>
    public static bool Contains(string name) => Factories.ContainsKey(name);

    /// <summary>Creates an unfitted model by name, ignoring case.</summary>
    /// <exception cref="ArgumentException">The name is not a known model; the message lists the known ones.</exception>
    public static IRecommender Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Factories.TryGetValue(name, out Func<IRecommender>? factory))
        {
            throw new ArgumentException(
                $"Unknown model '{name}'. Known models: {string.Join(", ", Names)}.",
                nameof(name));
        }

        return factory();
    }

    /// <summary>
    /// Creates an unfitted model by name with parameter values set on its options, such as
    /// <c>factors</c> of <c>biased-mf</c>; <see cref="Tuning.ModelParameters.Of"/> lists each
    /// model's parameters. Parameters left out keep the values of <see cref="Create(string)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The name is not a known model, a parameter is not one of the model's, or a value is outside
    /// its range; the message names the model, the parameter, the value and the accepted range.
    /// </exception>
    public static IRecommender Create(string name, IReadOnlyDictionary<string, double> parameters) =>
        Tuning.ModelParameters.Create(name, parameters);

    // Adjusted cosine with shrinkage 300 over 80 neighbors had the lowest RMSE on a validation
    // split carved out of the temporal holdout's training part. movierecs tune found that storing
    // more neighbors per movie lowers it further: 0.8757 at 100, 0.8708 at 300, 0.8698 at 600
    // (with 150 used). 300 keeps most of that gain at half the memory and ranking work of 600
    // (docs/tuning.md).
    private static ItemKnnRecommender CreateItemKnnBaseline() => new(
        new KnnOptions
        {
            Metric = SimilarityMetric.AdjustedCosine,
            Prediction = KnnPrediction.BaselineAdjusted,
            Shrinkage = 300,
            MaxNeighbors = 80,
            MaxStoredNeighbors = 300,
            MinNeighborsToRank = MinNeighborsToRank,
        },
        "item-knn-baseline");

    private static KnnOptions Knn(SimilarityMetric metric) => new()
    {
        Metric = metric,
        MinNeighborsToRank = MinNeighborsToRank,
        MinCoRatings = metric == SimilarityMetric.Pearson ? PearsonMinCoRatings : 1,
    };
}
