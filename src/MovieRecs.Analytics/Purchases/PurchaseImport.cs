namespace MovieRecs.Analytics.Purchases;

/// <summary>The result of reading a purchase-log CSV: the validated log and how its columns were matched.</summary>
/// <param name="Log">The purchases that passed validation, with the row report in <see cref="PurchaseLog.Report"/>.</param>
/// <param name="Columns">Every field of the mapping with the header column it was found in, in field order.</param>
public sealed record PurchaseImport(PurchaseLog Log, IReadOnlyList<PurchaseColumnMatch> Columns);
