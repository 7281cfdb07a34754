namespace MovieRecs.Charts;

/// <summary>One bin of a calibration table: the mean predicted probability against the observed rate.</summary>
/// <param name="MeanPredicted">The bin's mean predicted probability, from 0 to 1.</param>
/// <param name="ObservedRate">The share of the bin's customers who bought again, from 0 to 1.</param>
/// <param name="Count">The customers in the bin.</param>
public sealed record CalibrationPoint(double MeanPredicted, double ObservedRate, int Count);
