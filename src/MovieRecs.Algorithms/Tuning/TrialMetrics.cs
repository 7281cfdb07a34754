using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Tuning;

/// <summary>The scores of one fitted setting, taken from its <see cref="ModelEvaluation"/>.</summary>
/// <param name="Rmse">RMSE over the ratings the model predicted; null when it predicted none.</param>
/// <param name="Mae">MAE over the same ratings; null when it predicted none.</param>
/// <param name="Coverage">The share of held-out ratings the model predicted, in [0, 1].</param>
/// <param name="PrecisionAtK">Mean Precision@k over the users with a relevant held-out movie.</param>
/// <param name="RecallAtK">Mean Recall@k over the same users.</param>
/// <param name="NdcgAtK">Mean nDCG@k over the same users.</param>
/// <param name="K">The list length k.</param>
/// <param name="FitSeconds">Wall time of the fit.</param>
/// <param name="EvaluateSeconds">Wall time of the predictions and top-N lists.</param>
/// <param name="HeldOutRatings">The number of held-out ratings scored against.</param>
public sealed record TrialMetrics(
    double? Rmse,
    double? Mae,
    double Coverage,
    double PrecisionAtK,
    double RecallAtK,
    double NdcgAtK,
    int K,
    double FitSeconds,
    double EvaluateSeconds,
    int HeldOutRatings)
{
    /// <summary>Copies the scalar scores of an evaluation.</summary>
    public static TrialMetrics From(ModelEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new TrialMetrics(
            evaluation.Rmse,
            evaluation.Mae,
            evaluation.Coverage,
            evaluation.PrecisionAtK,
            evaluation.RecallAtK,
            evaluation.NdcgAtK,
            evaluation.K,
            evaluation.FitSeconds,
            evaluation.EvaluateSeconds,
            evaluation.TestRatings);
    }

    /// <summary>
    /// Returns the value of a metric; null when it is undefined, such as RMSE of a model that ranks
    /// but predicts no rating.
    /// </summary>
    public double? Score(TuningMetric metric) => metric switch
    {
        TuningMetric.Rmse => Rmse,
        TuningMetric.Mae => Mae,
        TuningMetric.Ndcg => double.IsNaN(NdcgAtK) ? null : NdcgAtK,
        TuningMetric.Precision => double.IsNaN(PrecisionAtK) ? null : PrecisionAtK,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, $"Unknown metric {metric}."),
    };

    /// <summary>Returns whether a lower value of the metric is better (the error metrics).</summary>
    public static bool IsLowerBetter(TuningMetric metric) => metric is TuningMetric.Rmse or TuningMetric.Mae;
}
