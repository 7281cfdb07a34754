namespace MovieRecs.Algorithms.Recommenders;

/// <summary>The options <see cref="HybridTuning"/> chose and the validation RMSE of every candidate.</summary>
/// <param name="Chosen">The chosen blend weight and thresholds.</param>
/// <param name="CollaborativeWeights">RMSE by rating blend weight, with no movie or user switch.</param>
/// <param name="MinMovieRatings">RMSE by movie threshold, with the chosen weight.</param>
/// <param name="RankingCollaborativeWeights">nDCG@10 by ranking blend weight, with the chosen movie threshold.</param>
/// <param name="MinUserRatings">RMSE by user threshold on the simulated new users, with the chosen weight and movie threshold.</param>
public sealed record HybridTuningResult(
    HybridOptions Chosen,
    IReadOnlyList<HybridTuningPoint> CollaborativeWeights,
    IReadOnlyList<HybridTuningPoint> MinMovieRatings,
    IReadOnlyList<HybridTuningPoint> RankingCollaborativeWeights,
    IReadOnlyList<HybridTuningPoint> MinUserRatings);
