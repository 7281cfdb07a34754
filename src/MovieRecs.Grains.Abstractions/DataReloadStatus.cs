namespace MovieRecs.Grains.Abstractions;

/// <summary>The progress of the latest data reload across the cluster.</summary>
/// <param name="RequestedVersion">The latest requested version, 0 when none was requested.</param>
/// <param name="RequestedAt">When the latest reload was requested; null when none was.</param>
/// <param name="Silos">What each active silo has loaded, by silo address.</param>
/// <param name="IsComplete">
/// Whether every active silo has carried out the requested version; false while no reload was requested.
/// </param>
/// <param name="SimilarityRebuildStarted">Whether the similarity builds after the reload have started.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.DataReloadStatus")]
public sealed record DataReloadStatus(
    [property: Id(0)] long RequestedVersion,
    [property: Id(1)] DateTimeOffset? RequestedAt,
    [property: Id(2)] IReadOnlyList<SiloDataReport> Silos,
    [property: Id(3)] bool IsComplete,
    [property: Id(4)] bool SimilarityRebuildStarted);
