using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tuning;

// The parameter definitions per options type. The accepted ranges are those the options' Validate
// methods enforce. The default grids and ranges are the starting points of a search, not results.
public static partial class ModelParameters
{
    private static ModelSpace<BiasedMatrixFactorizationOptions> MatrixFactorizationSpace(
        BiasedMatrixFactorization model) => new(
        model.Options,
        [
            (
                WholeNumber(
                    "factors",
                    "The number of latent factors per user and per movie.",
                    [50, 100, 200],
                    new(16, 256, ParameterScale.LogUniform)),
                (options, value) => options with { Factors = ParameterDefinition.ToInt32(value) }),
            (
                WholeNumber(
                    "epochs",
                    "The number of SGD passes over the training ratings.",
                    [20, 40, 80],
                    new(10, 100)),
                (options, value) => options with { Epochs = ParameterDefinition.ToInt32(value) }),
            (
                Positive(
                    "learningRate",
                    "The SGD step size gamma.",
                    [0.005, 0.01, 0.02],
                    new(0.002, 0.05, ParameterScale.LogUniform)),
                (options, value) => options with { LearningRate = value }),
            (
                Positive(
                    "regularization",
                    "The L2 penalty lambda on factors and biases.",
                    [0.04, 0.08, 0.16],
                    new(0.01, 0.3, ParameterScale.LogUniform)),
                (options, value) => options with { Regularization = value }),
        ],
        options => new BiasedMatrixFactorization(options));

    private static ModelSpace<KnnOptions> ItemKnnSpace(ItemKnnRecommender model)
    {
        List<(ParameterDefinition, Func<KnnOptions, double, KnnOptions>)> setters =
        [
            NeighborsSetter(),
            (
                NonNegative(
                    "shrinkage",
                    "The similarity shrinkage lambda in s (n - 1) / (n - 1 + lambda) over n co-rating users.",
                    [0, 100, 300],
                    new(0, 1000)),
                (options, value) => options with { Shrinkage = value }),
            MinSimilaritySetter(),
            MinCoRatingsSetter(),
            (
                WholeNumber(
                    "storedNeighbors",
                    "The neighbors each movie keeps in the model before symmetrizing.",
                    null,
                    null),
                (options, value) => options with { MaxStoredNeighbors = ParameterDefinition.ToInt32(value) }),
        ];
        if (model.Options.Prediction == KnnPrediction.BaselineAdjusted)
        {
            setters.Add((
                UserRegularization(),
                (options, value) => options with { Baseline = options.Baseline with { UserRegularization = value } }));
            setters.Add((
                ItemRegularization(),
                (options, value) => options with { Baseline = options.Baseline with { ItemRegularization = value } }));
        }

        return new(model.Options, setters, options => new ItemKnnRecommender(options, model.Name));
    }

    private static ModelSpace<KnnOptions> UserKnnSpace(UserKnnRecommender model) => new(
        model.Options,
        [NeighborsSetter(), MinSimilaritySetter(), MinCoRatingsSetter()],
        options => new UserKnnRecommender(options));

    private static (ParameterDefinition, Func<KnnOptions, double, KnnOptions>) NeighborsSetter() =>
        (
            WholeNumber(
                "neighbors",
                "The number of neighbors, strongest first, that one prediction uses.",
                [20, 40, 80],
                new(5, 200, ParameterScale.LogUniform)),
            (options, value) => options with { MaxNeighbors = ParameterDefinition.ToInt32(value) });

    private static (ParameterDefinition, Func<KnnOptions, double, KnnOptions>) MinSimilaritySetter() =>
        (
            new ParameterDefinition
            {
                Name = "minSimilarity",
                Description = "Neighbors with a similarity at or below this value take no part.",
                Minimum = 0,
                Maximum = 1,
                ExcludesMaximum = true,
                DefaultGrid = [0, 0.1],
                DefaultRange = new(0, 0.5),
            },
            (options, value) => options with { MinSimilarity = value });

    private static (ParameterDefinition, Func<KnnOptions, double, KnnOptions>) MinCoRatingsSetter() =>
        (
            WholeNumber(
                "minCoRatings",
                "Neighbors that share fewer co-ratings than this with the target take no part.",
                [1, 3, 5],
                new(1, 20)),
            (options, value) => options with { MinCoRatings = ParameterDefinition.ToInt32(value) });

    private static ModelSpace<ImplicitAlsOptions> ImplicitAlsSpace(ImplicitAls model) => new(
        model.Options,
        [
            (
                WholeNumber(
                    "factors",
                    "The number of latent factors per user and per movie.",
                    [16, 32, 64],
                    new(8, 128, ParameterScale.LogUniform)),
                (options, value) => options with { Factors = ParameterDefinition.ToInt32(value) }),
            (
                WholeNumber(
                    "iterations",
                    "The number of ALS iterations, a user and a movie half-step each.",
                    [10, 15],
                    new(5, 30)),
                (options, value) => options with { Iterations = ParameterDefinition.ToInt32(value) }),
            (
                NonNegative(
                    "alpha",
                    "The confidence scale alpha: how much more an interaction weighs than a missing one.",
                    [0.5, 1, 4],
                    new(0.1, 40, ParameterScale.LogUniform)),
                (options, value) => options with { Alpha = value }),
            (
                Positive(
                    "regularization",
                    "The L2 penalty lambda on every factor vector.",
                    [10, 50, 200],
                    new(1, 500, ParameterScale.LogUniform)),
                (options, value) => options with { Regularization = value }),
        ],
        options => new ImplicitAls(options));

    private static ModelSpace<BaselineOptions> BaselineSpace(BiasedBaseline model) => new(
        model.Options,
        [
            (UserRegularization(), (options, value) => options with { UserRegularization = value }),
            (ItemRegularization(), (options, value) => options with { ItemRegularization = value }),
            (
                WholeNumber(
                    "sweeps",
                    "The number of alternating sweeps over the movie and the user biases.",
                    null,
                    null),
                (options, value) => options with { Sweeps = ParameterDefinition.ToInt32(value) }),
        ],
        options => new BiasedBaseline(options));

    private static ParameterDefinition UserRegularization() => NonNegative(
        "userRegularization",
        "The shrinkage of each user bias toward 0, in ratings.",
        [2, 5, 10],
        new(0, 30));

    private static ParameterDefinition ItemRegularization() => NonNegative(
        "itemRegularization",
        "The shrinkage of each movie bias toward 0, in ratings.",
        [1, 3, 10],
        new(0, 30));

    private static ParameterDefinition WholeNumber(
        string name,
        string description,
        IReadOnlyList<double>? grid,
        ParameterRange? range) => new()
        {
            Name = name,
            Description = description,
            Kind = ParameterKind.WholeNumber,
            Minimum = 1,
            Maximum = int.MaxValue,
            DefaultGrid = grid,
            DefaultRange = range,
        };

    private static ParameterDefinition Positive(
        string name,
        string description,
        IReadOnlyList<double> grid,
        ParameterRange range) => new()
    {
        Name = name,
        Description = description,
        Minimum = 0,
        ExcludesMinimum = true,
        DefaultGrid = grid,
        DefaultRange = range,
    };

    private static ParameterDefinition NonNegative(
        string name,
        string description,
        IReadOnlyList<double> grid,
        ParameterRange range) => new()
    {
        Name = name,
        Description = description,
        Minimum = 0,
        DefaultGrid = grid,
        DefaultRange = range,
    };
}
