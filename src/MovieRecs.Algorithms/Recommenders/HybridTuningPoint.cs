namespace MovieRecs.Algorithms.Recommenders;

/// <summary>The validation RMSE of one candidate value of a hybrid option.</summary>
/// <param name="Value">The candidate value.</param>
/// <param name="Rmse">The hybrid's RMSE over the validation ratings with that value.</param>
/// <param name="Ratings">The number of validation predictions the RMSE is over.</param>
public sealed record HybridTuningPoint(double Value, double Rmse, int Ratings);
