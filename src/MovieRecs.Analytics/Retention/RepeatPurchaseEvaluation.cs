namespace MovieRecs.Analytics.Retention;

/// <summary>
/// How well a model's probabilities at the test cutoff match what the customers did. Undefined
/// measures (an AUC with a single outcome) are <see langword="null"/>.
/// </summary>
/// <param name="RocAuc">The area under the ROC curve of the probabilities.</param>
/// <param name="PrAuc">The area under the precision-recall curve (average precision).</param>
/// <param name="Brier">The Brier score (lower is better).</param>
/// <param name="Calibration">The calibration table, lowest predictions first.</param>
public sealed record RepeatPurchaseEvaluation(
    double? RocAuc,
    double? PrAuc,
    double? Brier,
    IReadOnlyList<CalibrationBin> Calibration)
{
    /// <summary>
    /// Evaluates probabilities against outcomes. The AUCs rank by <paramref name="rankingScores"/>,
    /// which default to the probabilities.
    /// </summary>
    public static RepeatPurchaseEvaluation Compute(
        IReadOnlyList<double> probabilities,
        IReadOnlyList<bool> outcomes,
        int bins,
        IReadOnlyList<double>? rankingScores = null)
    {
        IReadOnlyList<double> scores = rankingScores ?? probabilities;
        return new RepeatPurchaseEvaluation(
            Defined(ProbabilityMetrics.RocAuc(scores, outcomes)),
            Defined(ProbabilityMetrics.AveragePrecision(scores, outcomes)),
            Defined(ProbabilityMetrics.Brier(probabilities, outcomes)),
            ProbabilityMetrics.CalibrationTable(probabilities, outcomes, bins));
    }

    private static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
