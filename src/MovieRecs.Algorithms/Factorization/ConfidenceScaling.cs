namespace MovieRecs.Algorithms.Factorization;

/// <summary>How <see cref="ImplicitAls"/> turns a rating r into the confidence c of the interaction.</summary>
public enum ConfidenceScaling
{
    /// <summary>c = 1 + alpha for every rated movie: the rating value is ignored.</summary>
    Constant,

    /// <summary>c = 1 + alpha r.</summary>
    Linear,

    /// <summary>c = 1 + alpha log(1 + r / epsilon).</summary>
    Logarithmic,
}
