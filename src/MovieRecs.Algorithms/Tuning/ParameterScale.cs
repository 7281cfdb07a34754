namespace MovieRecs.Algorithms.Tuning;

/// <summary>How random search draws from a <see cref="ParameterRange"/>.</summary>
public enum ParameterScale
{
    /// <summary>Every value in the range is equally likely.</summary>
    Uniform,

    /// <summary>The logarithm of the value is uniform, so each factor of 10 gets the same share of draws.</summary>
    LogUniform,
}
