namespace MovieRecs.Analytics.Retention;

/// <summary>
/// The outcome of a repeat-purchase forecast at a test cutoff: the training set, the model's and
/// the recency-only baseline's metrics where the outcomes are known, and every customer's probability.
/// </summary>
/// <param name="Cutoff">The test cutoff.</param>
/// <param name="HorizonDays">The horizon in days.</param>
/// <param name="Model">The trainer: "logistic" or "fastTree".</param>
/// <param name="MaxRecencyDays">
/// The maximum recency of a trained or scored customer in days, or <see langword="null"/> for all customers.
/// </param>
/// <param name="TrainingCutoffs">The training cutoffs that gave examples, oldest first.</param>
/// <param name="TrainingExamples">The training examples (customer and cutoff pairs).</param>
/// <param name="TrainingPositiveRate">The share of training examples that bought again.</param>
/// <param name="Customers">The customers scored at the test cutoff.</param>
/// <param name="Labelled">Whether the log covers the whole horizon after the test cutoff, so outcomes are known.</param>
/// <param name="PositiveRate">The share of scored customers that bought again, when labelled.</param>
/// <param name="RocAuc">The model's ROC AUC, when labelled.</param>
/// <param name="PrAuc">The model's PR AUC (average precision), when labelled.</param>
/// <param name="Brier">The model's Brier score, when labelled.</param>
/// <param name="Calibration">The model's calibration table; empty when not labelled.</param>
/// <param name="BaselineRocAuc">
/// The ROC AUC of the recency-only baseline, which ranks customers by −recency (any monotone
/// decreasing function of recency ranks the same), when labelled.
/// </param>
/// <param name="BaselinePrAuc">The baseline's PR AUC, when labelled.</param>
/// <param name="BaselineBrier">
/// The Brier score of the baseline's probabilities from a logistic regression on log(1 + recency), when labelled.
/// </param>
/// <param name="BaselineCalibration">The baseline's calibration table; empty when not labelled.</param>
/// <param name="FeatureNames">The names of the model's features.</param>
/// <param name="Weights">
/// The logistic regression's weights per standardised feature (log-odds per standard deviation), in
/// the order of <paramref name="FeatureNames"/>; <see langword="null"/> for FastTree.
/// </param>
/// <param name="Probabilities">Every scored customer's probability, highest risk (lowest probability) first.</param>
/// <param name="ElapsedSeconds">The wall-clock time of feature building, training and scoring.</param>
public sealed record RepeatPurchaseReport(
    DateTimeOffset Cutoff,
    double HorizonDays,
    RepeatPurchaseModelKind Model,
    double? MaxRecencyDays,
    IReadOnlyList<DateTimeOffset> TrainingCutoffs,
    int TrainingExamples,
    double TrainingPositiveRate,
    int Customers,
    bool Labelled,
    double? PositiveRate,
    double? RocAuc,
    double? PrAuc,
    double? Brier,
    IReadOnlyList<CalibrationBin> Calibration,
    double? BaselineRocAuc,
    double? BaselinePrAuc,
    double? BaselineBrier,
    IReadOnlyList<CalibrationBin> BaselineCalibration,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<double>? Weights,
    IReadOnlyList<CustomerProbability> Probabilities,
    double ElapsedSeconds);
