namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// One least squares coefficient of the rating model with its classical and customer-clustered
/// 95% confidence intervals, in stars per unit of the column (per level for an indicator).
/// </summary>
/// <param name="Name">The column, such as "genre: Drama".</param>
/// <param name="Estimate">The least squares estimate.</param>
/// <param name="StandardError">The classical standard error.</param>
/// <param name="PValue">The two-sided p-value of the t statistic; null for a perfect fit.</param>
/// <param name="Low">The lower bound of the classical 95% interval.</param>
/// <param name="High">The upper bound of the classical 95% interval.</param>
/// <param name="ClusteredLow">
/// The lower bound of the 95% interval from the customer-clustered error; null without clusters.
/// </param>
/// <param name="ClusteredHigh">The upper bound of that interval.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.CoefficientResult")]
public sealed record CoefficientResult(
    [property: Id(0)] string Name,
    [property: Id(1)] double Estimate,
    [property: Id(2)] double StandardError,
    [property: Id(3)] double? PValue,
    [property: Id(4)] double Low,
    [property: Id(5)] double High,
    [property: Id(6)] double? ClusteredLow,
    [property: Id(7)] double? ClusteredHigh);
