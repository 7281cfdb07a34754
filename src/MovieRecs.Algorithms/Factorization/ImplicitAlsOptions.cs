using System.Runtime.CompilerServices;

namespace MovieRecs.Algorithms.Factorization;

/// <summary>Settings of <see cref="ImplicitAls"/>.</summary>
/// <remarks>
/// The defaults were chosen by grid search on ml-latest-small, with the temporal holdout applied
/// twice. Models were fitted on the inner training part and scored on the inner test part, never
/// on the outer test part. They reached a validation Precision@10 of 0.079 (0.0785-0.0794 over
/// four seeds), against 0.0535 for the most-rated popularity list. A low alpha with a strong
/// lambda ranked best; 64 or 128 factors scored the same within seed noise at 4 to 20 times the fit
/// time, and the logarithmic and constant scalings ranked slightly worse.
/// </remarks>
public sealed record ImplicitAlsOptions
{
    /// <summary>The number of latent factors per user and per movie.</summary>
    public int Factors { get; init; } = 32;

    /// <summary>The number of ALS iterations, each a user half-step followed by a movie half-step.</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>The L2 penalty lambda on every user and movie factor vector; positive.</summary>
    public double Regularization { get; init; } = 50;

    /// <summary>The confidence scale alpha: how much more an interaction weighs than a missing one.</summary>
    public double Alpha { get; init; } = 1;

    /// <summary>How a rating becomes a confidence.</summary>
    public ConfidenceScaling Confidence { get; init; } = ConfidenceScaling.Linear;

    /// <summary>The rating scale epsilon of <see cref="ConfidenceScaling.Logarithmic"/>; positive.</summary>
    public double Epsilon { get; init; } = 1;

    /// <summary>The standard deviation of the normal distribution the movie factors start from (mean 0).</summary>
    public double InitialStandardDeviation { get; init; } = 0.01;

    /// <summary>The seed of the factor initialization.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The maximum number of rows solved in parallel; 0 uses every processor.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Checks the values and throws on the first that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message contains it.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Factors);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Iterations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Regularization);
        ArgumentOutOfRangeException.ThrowIfNegative(Alpha);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Epsilon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(InitialStandardDeviation);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDegreeOfParallelism);
        if (!Enum.IsDefined(Confidence))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Confidence),
                Confidence,
                $"Confidence {Confidence} is not a defined scaling; use Constant, Linear or Logarithmic.");
        }

        ThrowIfNotFinite(Regularization);
        ThrowIfNotFinite(Alpha);
        ThrowIfNotFinite(Epsilon);
        ThrowIfNotFinite(InitialStandardDeviation);
    }

    private static void ThrowIfNotFinite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} ({value}) must be finite.");
        }
    }
}
