using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Tuning;

/// <summary>Settings of a hyperparameter search.</summary>
public sealed record TuningOptions
{
    /// <summary>The catalogue model to tune.</summary>
    public required string Model { get; init; }

    /// <summary>Grid or random search.</summary>
    public SearchStrategy Search { get; init; } = SearchStrategy.Grid;

    /// <summary>The parameters and values to search; empty uses the model's default space.</summary>
    public IReadOnlyList<SearchDimension> Space { get; init; } = [];

    /// <summary>The number of random-search draws; grid search runs every combination instead.</summary>
    public int Trials { get; init; } = 20;

    /// <summary>The seed of the random search.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The validation metric to optimize.</summary>
    public TuningMetric Metric { get; init; } = TuningMetric.Rmse;

    /// <summary>The list length and relevance threshold of the ranking metrics.</summary>
    public EvaluationOptions Evaluation { get; init; } = new();

    /// <summary>
    /// Carves the validation split out of the training ratings it is given; the default is the
    /// temporal holdout (each user's latest fifth).
    /// </summary>
    public Func<IReadOnlyList<Rating>, TrainTestSplit> ValidationSplit { get; init; } = DataSplitter.TemporalHoldout;

    /// <summary>Checks the values and throws on the first that is out of range.</summary>
    /// <exception cref="ArgumentException">The model name is empty, or a value is out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Model);
        ArgumentNullException.ThrowIfNull(Space);
        ArgumentNullException.ThrowIfNull(Evaluation);
        ArgumentNullException.ThrowIfNull(ValidationSplit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Trials);
        if (!Enum.IsDefined(Search) || !Enum.IsDefined(Metric))
        {
            throw new ArgumentOutOfRangeException(nameof(Search), $"Undefined search {Search} or metric {Metric}.");
        }

        Evaluation.Validate();
    }
}
