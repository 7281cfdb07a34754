namespace MovieRecs.Analytics.Factors;

/// <summary>An ordinary least squares fit: its coefficients with uncertainty and its in-sample fit.</summary>
/// <param name="Coefficients">The estimated coefficients in column order, aliased columns left out.</param>
/// <param name="Aliased">
/// The columns left out because they are constant or a linear combination of earlier columns, as R's
/// lm reports them as NA; empty when none.
/// </param>
/// <param name="Rows">The number of rows n.</param>
/// <param name="DegreesOfFreedom">The residual degrees of freedom n − p.</param>
/// <param name="Clusters">The number of clusters of the clustered errors, or null without clusters.</param>
/// <param name="ResidualStandardError">σ = √(SSE / (n − p)), in target units.</param>
/// <param name="RSquared">1 − SSE / SST on the fitted rows.</param>
public sealed record RegressionFit(
    IReadOnlyList<RegressionCoefficient> Coefficients,
    IReadOnlyList<string> Aliased,
    int Rows,
    int DegreesOfFreedom,
    int? Clusters,
    double ResidualStandardError,
    double RSquared);
