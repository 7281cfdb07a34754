using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Cli.Commands;

/// <summary>Loads the purchase log that the analytics commands work on, whatever its source.</summary>
internal static class PurchaseLogSource
{
    /// <summary>
    /// Finds and loads the MovieLens data set the way the other commands do (--data, then
    /// MOVIERECS_DATA, then data/ml-latest-small) and reads each rating as a purchase of one unit.
    /// </summary>
    /// <exception cref="DataUnavailableException">No data could be found or downloaded.</exception>
    // TODO: add a purchase CSV source here (a --purchases FILE option) once the CSV reader exists;
    // the forecast commands take any PurchaseLog and need no other change.
    public static async Task<PurchaseLog> LoadAsync(string? dataDirectory, CancellationToken cancellationToken)
    {
        MovieLensDataset dataset = await CommonOptions.LoadDatasetAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
        return MovieLensPurchases.FromDataset(dataset);
    }
}
