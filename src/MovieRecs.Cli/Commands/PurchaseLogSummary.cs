using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Cli.Commands;

/// <summary>The key numbers and the row report of an imported purchase log, as `purchases inspect` prints and writes them.</summary>
internal sealed record PurchaseLogSummary(
    string File,
    IReadOnlyList<PurchaseColumnMatch> Columns,
    int Purchases,
    int Customers,
    int Products,
    int Categories,
    IReadOnlyList<string> Channels,
    double TotalAmount,
    DateTimeOffset? FirstPurchase,
    DateTimeOffset? LastPurchase,
    FileLoadReport Report,
    int IssueCount,
    IReadOnlyList<LoadIssue> Issues)
{
    /// <summary>Computes the summary of a loaded log.</summary>
    public static PurchaseLogSummary From(LoadedPurchases loaded)
    {
        PurchaseLog log = loaded.Log;
        bool any = log.Purchases.Count > 0;
        return new PurchaseLogSummary(
            loaded.Source,
            loaded.Columns,
            log.Purchases.Count,
            log.CustomerIds.Count,
            log.Products.Count,
            log.Products.SelectMany(product => product.Categories).Distinct(StringComparer.Ordinal).Count(),
            log.Purchases.Select(p => p.Channel).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            log.Purchases.Sum(p => p.Amount),
            any ? log.FirstPurchase : null,
            any ? log.LastPurchase : null,
            log.Report.Files[0],
            log.Report.Issues.Count,
            log.Report.Issues);
    }
}
