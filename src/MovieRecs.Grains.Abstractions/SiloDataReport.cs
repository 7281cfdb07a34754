namespace MovieRecs.Grains.Abstractions;

/// <summary>What one silo's model store has loaded.</summary>
/// <param name="Silo">The silo's address.</param>
/// <param name="Version">
/// The reload version the silo has carried out, or the time its first load started (in ticks)
/// before any reload.
/// </param>
/// <param name="Fingerprint">The fingerprint of the data the silo loaded.</param>
/// <param name="RatingCount">The number of ratings the silo loaded.</param>
/// <param name="LoadedAt">When the silo finished its latest load.</param>
/// <param name="Error">Why the latest reload failed, with the earlier data still served; null when it succeeded.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SiloDataReport")]
public sealed record SiloDataReport(
    [property: Id(0)] string Silo,
    [property: Id(1)] long Version,
    [property: Id(2)] string Fingerprint,
    [property: Id(3)] int RatingCount,
    [property: Id(4)] DateTimeOffset LoadedAt,
    [property: Id(5)] string? Error);
