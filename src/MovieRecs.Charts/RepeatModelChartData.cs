namespace MovieRecs.Charts;

/// <summary>
/// The repeat-purchase model against its recency-only baseline, for the calibration and ROC charts.
/// </summary>
/// <param name="Calibration">The model's calibration table, lowest predictions first.</param>
/// <param name="BaselineCalibration">The baseline's calibration table.</param>
/// <param name="RocCurve">The model's ROC curve; empty when the outcomes are not known.</param>
/// <param name="BaselineRocCurve">The baseline's ROC curve.</param>
/// <param name="RocAuc">The model's ROC AUC, shown in the legend; null when undefined.</param>
/// <param name="BaselineRocAuc">The baseline's ROC AUC; null when undefined.</param>
/// <param name="HorizonDays">The horizon of the probabilities, in days.</param>
public sealed record RepeatModelChartData(
    IReadOnlyList<CalibrationPoint> Calibration,
    IReadOnlyList<CalibrationPoint> BaselineCalibration,
    IReadOnlyList<RocCurvePoint> RocCurve,
    IReadOnlyList<RocCurvePoint> BaselineRocCurve,
    double? RocAuc,
    double? BaselineRocAuc,
    double HorizonDays);
