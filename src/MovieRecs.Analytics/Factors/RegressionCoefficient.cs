namespace MovieRecs.Analytics.Factors;

/// <summary>
/// One coefficient of an ordinary least squares fit with its classical and its customer-clustered
/// uncertainty. Units are those of the target per unit of the column (per level, for an indicator).
/// </summary>
/// <param name="Name">The column, such as "category: Drama" or "log(1 + product purchases)".</param>
/// <param name="Estimate">The least squares estimate.</param>
/// <param name="StandardError">The classical standard error, from σ² (X'X)⁻¹ with σ² = SSE / (n − p).</param>
/// <param name="TValue">
/// The estimate over its classical standard error; null when that error is 0 (a perfect fit).
/// </param>
/// <param name="PValue">
/// The two-sided p-value of the t statistic with n − p degrees of freedom; null with the t value.
/// </param>
/// <param name="Low">The lower bound of the classical 95% confidence interval.</param>
/// <param name="High">The upper bound of the classical 95% confidence interval.</param>
/// <param name="ClusteredStandardError">
/// The cluster-robust (sandwich) standard error with one cluster per customer, or null when the fit
/// had no clusters. It allows the errors of one customer's rows to be correlated.
/// </param>
/// <param name="ClusteredLow">
/// The lower bound of the 95% interval from the clustered error, t with G − 1 degrees of freedom.
/// </param>
/// <param name="ClusteredHigh">The upper bound of that interval.</param>
public sealed record RegressionCoefficient(
    string Name,
    double Estimate,
    double StandardError,
    double? TValue,
    double? PValue,
    double Low,
    double High,
    double? ClusteredStandardError,
    double? ClusteredLow,
    double? ClusteredHigh);
