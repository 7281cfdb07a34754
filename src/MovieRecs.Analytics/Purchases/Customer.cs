namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// The demographics of a customer where the source has them (MovieLens 100K's u.user); every field
/// is <see langword="null"/> when unknown.
/// </summary>
/// <param name="CustomerId">The customer's id as the source spells it.</param>
/// <param name="Age">The age in years.</param>
/// <param name="Gender">The gender as the source codes it, such as "M" or "F".</param>
/// <param name="Occupation">The occupation label.</param>
/// <param name="ZipCode">The postal code as text.</param>
public sealed record Customer(
    string CustomerId,
    int? Age = null,
    string? Gender = null,
    string? Occupation = null,
    string? ZipCode = null);
