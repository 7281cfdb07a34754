namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// The repeat-purchase forecast at a test cutoff: the model's and the recency-only baseline's
/// metrics, calibration tables and ROC curves, and one page of the customers sorted by risk.
/// </summary>
/// <param name="Computed">The run that computed the forecast.</param>
/// <param name="Cutoff">The test cutoff; the model trains on earlier cutoffs only.</param>
/// <param name="HorizonDays">The days after the cutoff in which a purchase counts as buying again.</param>
/// <param name="Model">The trainer, such as "Logistic".</param>
/// <param name="TrainingExamples">The training examples (customer and cutoff pairs).</param>
/// <param name="TrainingPositiveRate">The share of training examples that bought again.</param>
/// <param name="Labelled">
/// Whether the data covers the whole horizon after the cutoff, so the metrics are defined.
/// </param>
/// <param name="PositiveRate">The share of scored customers that bought again; null when not labelled.</param>
/// <param name="RocAuc">The model's ROC AUC; null when undefined.</param>
/// <param name="PrAuc">The model's PR AUC (average precision); null when undefined.</param>
/// <param name="Brier">The model's Brier score (lower is better); null when undefined.</param>
/// <param name="BaselineRocAuc">The recency-only baseline's ROC AUC; null when undefined.</param>
/// <param name="BaselinePrAuc">The baseline's PR AUC; null when undefined.</param>
/// <param name="BaselineBrier">The baseline's Brier score; null when undefined.</param>
/// <param name="Calibration">The model's calibration table, lowest predictions first.</param>
/// <param name="BaselineCalibration">The baseline's calibration table.</param>
/// <param name="RocCurve">The model's ROC curve from (0, 0) to (1, 1); empty when not labelled.</param>
/// <param name="BaselineRocCurve">The baseline's ROC curve, ranking by recency.</param>
/// <param name="CustomerCount">
/// The customers scored at the cutoff, without those left out by <paramref name="MaxRecencyDays"/>.
/// </param>
/// <param name="Offset">The position of the first customer of <paramref name="Customers"/> in the full list.</param>
/// <param name="Customers">One page of the scored customers, highest risk (lowest probability) first.</param>
/// <param name="MaxRecencyDays">
/// The longest silence, in days before the cutoff, of a customer on the list; a customer silent for
/// longer is lost rather than at risk. Null when no customer is left out.
/// </param>
/// <param name="LostCustomerCount">The scored customers left off the list for a longer silence.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RepeatForecastResult")]
public sealed record RepeatForecastResult(
    [property: Id(0)] AnalyticsResultInfo Computed,
    [property: Id(1)] DateTimeOffset Cutoff,
    [property: Id(2)] double HorizonDays,
    [property: Id(3)] string Model,
    [property: Id(4)] int TrainingExamples,
    [property: Id(5)] double TrainingPositiveRate,
    [property: Id(6)] bool Labelled,
    [property: Id(7)] double? PositiveRate,
    [property: Id(8)] double? RocAuc,
    [property: Id(9)] double? PrAuc,
    [property: Id(10)] double? Brier,
    [property: Id(11)] double? BaselineRocAuc,
    [property: Id(12)] double? BaselinePrAuc,
    [property: Id(13)] double? BaselineBrier,
    [property: Id(14)] IReadOnlyList<CalibrationBinResult> Calibration,
    [property: Id(15)] IReadOnlyList<CalibrationBinResult> BaselineCalibration,
    [property: Id(16)] IReadOnlyList<RocPointResult> RocCurve,
    [property: Id(17)] IReadOnlyList<RocPointResult> BaselineRocCurve,
    [property: Id(18)] int CustomerCount,
    [property: Id(19)] int Offset,
    [property: Id(20)] IReadOnlyList<CustomerRiskResult> Customers,
    [property: Id(21)] double? MaxRecencyDays = null,
    [property: Id(22)] int LostCustomerCount = 0);
