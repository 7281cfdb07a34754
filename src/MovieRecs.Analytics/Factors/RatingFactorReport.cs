namespace MovieRecs.Analytics.Factors;

/// <summary>
/// What drives the amount of a purchase line (the rating on MovieLens): an ordinary least squares
/// regression fitted on the purchases before a time split and tested on the purchases after it.
/// </summary>
/// <param name="SplitTime">The first moment of the test period; training purchases lie strictly before it.</param>
/// <param name="TrainingRows">The purchases the regression is fitted on.</param>
/// <param name="TestRows">The purchases it is tested on.</param>
/// <param name="TrainingCustomers">The customers with a training purchase.</param>
/// <param name="TestCustomers">The customers with a test purchase.</param>
/// <param name="NewTestCustomers">
/// The test customers without a training purchase, whose history features are empty.
/// </param>
/// <param name="Segments">
/// The number of segments of the training customers behind the segment columns; 0 for none.
/// </param>
/// <param name="ReferenceLevels">
/// The level of each categorical factor that has no column of its own, so that every level's
/// coefficient is the difference from it, such as "daypart: evening".
/// </param>
/// <param name="Fit">The coefficients with classical and customer-clustered intervals, and the in-sample fit.</param>
/// <param name="TestRmse">The root mean squared error on the test purchases.</param>
/// <param name="TestMae">The mean absolute error on the test purchases.</param>
/// <param name="TestRSquared">
/// 1 − SSE / SSE of the training mean, on the test purchases; negative when worse than that mean.
/// </param>
/// <param name="BaselineRmse">The test RMSE of predicting the training mean for every purchase.</param>
/// <param name="CustomerMeanRmse">
/// The test RMSE of predicting the customer's shrunk training mean (the model's first feature
/// alone).
/// </param>
public sealed record RatingFactorReport(
    DateTimeOffset SplitTime,
    int TrainingRows,
    int TestRows,
    int TrainingCustomers,
    int TestCustomers,
    int NewTestCustomers,
    int Segments,
    IReadOnlyList<string> ReferenceLevels,
    RegressionFit Fit,
    double TestRmse,
    double TestMae,
    double TestRSquared,
    double BaselineRmse,
    double CustomerMeanRmse);
