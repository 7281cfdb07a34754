namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The cluster-wide record of data reloads, keyed by <see cref="CoordinatorKeys.Default"/>. A reload
/// request raises the requested version. Every silo polls that version and reloads the catalogue
/// files and the ratings of record into its model store when it is newer than its own. Then the
/// silo reports back. Once every active silo has reloaded, the grain starts both similarity builds.
/// </summary>
[Alias("MovieRecs.IDataReloadGrain")]
public interface IDataReloadGrain : IGrainWithStringKey
{
    /// <summary>Requests a reload by every silo and returns the status with the new version.</summary>
    [Alias("RequestReload")]
    Task<DataReloadStatus> RequestReloadAsync();

    /// <summary>Returns the latest requested version, or 0 when no reload was requested.</summary>
    [Alias("GetRequestedVersion")]
    Task<long> GetRequestedVersionAsync();

    /// <summary>Records what a silo has loaded, and starts the similarity builds once every silo has reloaded.</summary>
    [Alias("Report")]
    Task ReportAsync(SiloDataReport report);

    /// <summary>Returns the requested version and what each active silo has loaded.</summary>
    [Alias("GetStatus")]
    Task<DataReloadStatus> GetStatusAsync();
}
