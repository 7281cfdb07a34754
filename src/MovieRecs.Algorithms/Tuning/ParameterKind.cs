namespace MovieRecs.Algorithms.Tuning;

/// <summary>The type of value a model parameter takes.</summary>
public enum ParameterKind
{
    /// <summary>A whole number that fits an <see cref="int"/>, such as a factor count.</summary>
    WholeNumber,

    /// <summary>A real number, such as a learning rate.</summary>
    Real,
}
