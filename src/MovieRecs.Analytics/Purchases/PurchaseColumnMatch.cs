namespace MovieRecs.Analytics.Purchases;

/// <summary>How one field of the mapping was found in a purchase-log header.</summary>
/// <param name="Column">The field.</param>
/// <param name="Header">The header name the mapping gives, or null when the mapping leaves the field out.</param>
/// <param name="Index">The 0-based position of the column in the header, or -1 when the header lacks it.</param>
public sealed record PurchaseColumnMatch(PurchaseColumn Column, string? Header, int Index)
{
    /// <summary>Whether the header has the column.</summary>
    public bool IsPresent => Index >= 0;
}
