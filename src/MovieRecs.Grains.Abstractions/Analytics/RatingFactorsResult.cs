namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// What drives the rating (the amount of a purchase): a least squares regression fitted before a
/// time split and tested after it.
/// </summary>
/// <param name="SplitTime">The first moment of the test period.</param>
/// <param name="TrainingRows">The purchases the regression is fitted on.</param>
/// <param name="TestRows">The purchases it is tested on.</param>
/// <param name="ReferenceLevels">The level of each categorical factor that has no column of its own.</param>
/// <param name="RSquared">The in-sample R² of the fit.</param>
/// <param name="TestRmse">The root mean squared error on the test purchases, in stars.</param>
/// <param name="BaselineRmse">The test RMSE of predicting the training mean for every purchase.</param>
/// <param name="Coefficients">The coefficients in column order, aliased columns left out.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RatingFactorsResult")]
public sealed record RatingFactorsResult(
    [property: Id(0)] DateTimeOffset SplitTime,
    [property: Id(1)] int TrainingRows,
    [property: Id(2)] int TestRows,
    [property: Id(3)] IReadOnlyList<string> ReferenceLevels,
    [property: Id(4)] double RSquared,
    [property: Id(5)] double TestRmse,
    [property: Id(6)] double BaselineRmse,
    [property: Id(7)] IReadOnlyList<CoefficientResult> Coefficients);
