namespace MovieRecs.Analytics.Retention;

/// <summary>
/// One bin of a calibration table: customers grouped by predicted probability, with the mean
/// prediction against the share that did buy again.
/// </summary>
/// <param name="Bin">The bin's number, 1 for the lowest predictions.</param>
/// <param name="Count">The customers in the bin.</param>
/// <param name="MinPredicted">The lowest predicted probability in the bin.</param>
/// <param name="MaxPredicted">The highest predicted probability in the bin.</param>
/// <param name="MeanPredicted">The mean predicted probability.</param>
/// <param name="ObservedRate">The share of the bin's customers who bought again.</param>
public sealed record CalibrationBin(
    int Bin,
    int Count,
    double MinPredicted,
    double MaxPredicted,
    double MeanPredicted,
    double ObservedRate);
