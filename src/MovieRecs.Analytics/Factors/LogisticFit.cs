namespace MovieRecs.Analytics.Factors;

/// <summary>A maximum likelihood logistic regression with its Wald standard errors.</summary>
/// <param name="Intercept">The intercept in log-odds.</param>
/// <param name="Weights">The weight of each column in log-odds per unit, in column order.</param>
/// <param name="InterceptStandardError">The Wald standard error of the intercept.</param>
/// <param name="StandardErrors">
/// The Wald standard error of each weight: the square root of the diagonal of the covariance at the
/// estimate, which is the inverse Fisher information for an unpenalised fit.
/// </param>
/// <param name="Iterations">The Newton (IRLS) iterations run.</param>
/// <param name="Converged">
/// Whether the largest change of a coefficient fell below 10⁻⁸ within the iteration limit.
/// </param>
public sealed record LogisticFit(
    double Intercept,
    IReadOnlyList<double> Weights,
    double InterceptStandardError,
    IReadOnlyList<double> StandardErrors,
    int Iterations,
    bool Converged);
