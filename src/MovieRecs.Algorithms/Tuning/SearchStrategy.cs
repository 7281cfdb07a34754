namespace MovieRecs.Algorithms.Tuning;

/// <summary>How a hyperparameter search picks the settings it tries.</summary>
public enum SearchStrategy
{
    /// <summary>Every combination of the listed values, in <see cref="GridSearch"/> order.</summary>
    Grid,

    /// <summary>A seeded number of independent draws, see <see cref="RandomSearch"/>.</summary>
    Random,
}
