using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Charts;

/// <summary>
/// The scores of one evaluated model that the model charts draw: the scalar metrics of a
/// <see cref="ModelEvaluation"/> and its ranking curve.
/// </summary>
/// <param name="Model">The model name.</param>
/// <param name="K">The list length k of the @k metrics.</param>
/// <param name="Rmse">RMSE in stars over the predicted test ratings; null when none was predicted.</param>
/// <param name="Mae">MAE in stars over the same ratings; null when none was predicted.</param>
/// <param name="Coverage">The share of test ratings predicted, in [0, 1].</param>
/// <param name="PrecisionAtK">Mean precision@k.</param>
/// <param name="RecallAtK">Mean recall@k.</param>
/// <param name="NdcgAtK">Mean nDCG@k.</param>
/// <param name="MapAtK">Mean AP@k.</param>
/// <param name="Mrr">Mean reciprocal rank of the first relevant movie.</param>
/// <param name="HitRateAtK">The share of users with a relevant movie in their first k.</param>
/// <param name="CatalogCoverage">The share of the catalogue in some user's first k.</param>
/// <param name="PopularShare">The share of first-k recommendations from the 1% most rated movies.</param>
/// <param name="Novelty">The mean self-information of recommended movies, in bits.</param>
/// <param name="IntraListDiversity">The mean pairwise genre cosine distance within a list, in [0, 1].</param>
/// <param name="Curve">The ranking metrics at k = 1 to the longest list scored; may be empty.</param>
public sealed record ModelScores(
    string Model,
    int K,
    double? Rmse,
    double? Mae,
    double Coverage,
    double PrecisionAtK,
    double RecallAtK,
    double NdcgAtK,
    double MapAtK,
    double Mrr,
    double HitRateAtK,
    double CatalogCoverage,
    double PopularShare,
    double Novelty,
    double IntraListDiversity,
    IReadOnlyList<RankingCurvePoint> Curve)
{
    /// <summary>Takes the scores of a library evaluation.</summary>
    public static ModelScores FromEvaluation(ModelEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new ModelScores(
            evaluation.Model,
            evaluation.K,
            evaluation.Rmse,
            evaluation.Mae,
            evaluation.Coverage,
            evaluation.PrecisionAtK,
            evaluation.RecallAtK,
            evaluation.NdcgAtK,
            evaluation.MapAtK,
            evaluation.Mrr,
            evaluation.HitRateAtK,
            evaluation.CatalogCoverage,
            evaluation.PopularShare,
            evaluation.Novelty,
            evaluation.IntraListDiversity,
            evaluation.Curve);
    }
}
