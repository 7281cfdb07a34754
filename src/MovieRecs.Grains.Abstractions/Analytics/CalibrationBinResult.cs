namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>
/// One bin of a calibration table: customers grouped by predicted probability, with the mean
/// prediction against the share that bought again.
/// </summary>
/// <param name="Bin">The bin's number, 1 for the lowest predictions.</param>
/// <param name="Count">The customers in the bin.</param>
/// <param name="MinPredicted">The lowest predicted probability in the bin.</param>
/// <param name="MaxPredicted">The highest predicted probability in the bin.</param>
/// <param name="MeanPredicted">The mean predicted probability.</param>
/// <param name="ObservedRate">The share of the bin's customers who bought again.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.CalibrationBinResult")]
public sealed record CalibrationBinResult(
    [property: Id(0)] int Bin,
    [property: Id(1)] int Count,
    [property: Id(2)] double MinPredicted,
    [property: Id(3)] double MaxPredicted,
    [property: Id(4)] double MeanPredicted,
    [property: Id(5)] double ObservedRate);
